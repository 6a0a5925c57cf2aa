using System.Globalization;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Aggregation;

namespace Cohorts.Host.Reporting.FormSynthesis;

/// <summary>A summary as the lines of its table: the whole, then each group; per question its own line and its items' lines.</summary>
public static class SummaryRows
{
    /// <summary>The lines, texts in the reader's language.</summary>
    public static IReadOnlyList<SummaryRow> Of(AnswerSummary summary, SummaryLabels labels)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(labels);
        var rows = new List<SummaryRow>();
        foreach (var group in (IEnumerable<GroupSummary>)[summary.All, .. summary.Groups])
        {
            var name = labels.Group(group);
            foreach (var question in group.Questions)
            {
                var line = new SummaryRow(name, question.QuestionId, labels.Question(question.QuestionId), labels.Kind(question.Kind), question.Answered, question.Skipped, string.Empty, string.Empty, null, null, null, null, null, null, null);
                rows.Add(question.Numbers is { } numbers ? WithStats(line, numbers) : line);
                foreach (var option in question.Options)
                {
                    rows.Add(line with { Item = labels.Option(question.QuestionId, option.OptionId), Count = option.Count, Share = option.Share });
                }

                foreach (var amount in question.Amounts)
                {
                    rows.Add(WithStats(line with { Item = amount.Currency }, amount.Stats));
                }

                if (question.Kind == QuestionKind.YesNo)
                {
                    rows.Add(line with { Item = "yes", Count = question.Yes, Share = question.Answered == 0 ? 0 : (double)question.Yes / question.Answered });
                    rows.Add(line with { Item = "no", Count = question.No, Share = question.Answered == 0 ? 0 : (double)question.No / question.Answered });
                }

                if (question.Earliest is { } earliest && question.Latest is { } latest)
                {
                    rows.Add(line with { Item = "earliest", Value = earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
                    rows.Add(line with { Item = "latest", Value = latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
                }

                foreach (var answer in question.Texts)
                {
                    rows.Add(line with { Item = answer.CompanyName ?? string.Empty, Value = answer.Text });
                }
            }
        }

        return rows;
    }

    private static SummaryRow WithStats(SummaryRow row, NumberStats stats) =>
        row with { Count = stats.Count, Mean = stats.Mean, Median = stats.Median, Min = stats.Min, Max = stats.Max, StandardDeviation = stats.StandardDeviation };
}
