using Cohorts.Host.Localization;
using Cohorts.Host.Reporting.Documents;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Aggregation;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.FormSynthesis;

/// <summary>
/// Writes the synthesis of a form's answers as a <see cref="ReportContent"/> in the reader's language, for the funder
/// report's Word and PDF writers: the form's name, how many were asked and answered, then per question its aggregates
/// as a table (a bar chart for a choice question) and, for a text question, quotes: every text when there are at most
/// <see cref="MaxQuotes"/>, else the <see cref="MaxQuotes"/> longest of the most recent ones listed, most recent first.
/// </summary>
/// <param name="text">The synthesis texts.</param>
/// <param name="human">Dates in the reader's culture.</param>
public sealed class SynthesisContentBuilder(IStringLocalizer<SynthesisText> text, HumanText human)
{
    /// <summary>The most quotes a text question shows.</summary>
    public const int MaxQuotes = 8;

    private const string None = "—";

    /// <summary>Builds the synthesis.</summary>
    public ReportContent Build(FormAnswersScope scope, AnswerSummary summary, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(summary);
        var labels = new SummaryLabels(summary, text, human.Culture);
        var subtitle = scope.CohortName is { } cohort ? $"{scope.ProgrammeName} — {cohort}" : scope.ProgrammeName;
        var sections = new List<ReportSection>
        {
            new(text["Answers"], [text["Asked: {0}; answered: {1}.", labels.Count(scope.Asked), labels.Count(summary.All.Respondents)]], null),
        };
        sections.AddRange(summary.All.Questions.Select(q => Question(q, summary, labels)));
        return new ReportContent(labels.FormName, subtitle, sections, text["Answers as of {0}.", human.Date(at)]);
    }

    private ReportSection Question(QuestionSummary question, AnswerSummary summary, SummaryLabels labels)
    {
        var heading = labels.Question(question.QuestionId);
        List<string> paragraphs = [text["Answered: {0}; skipped: {1}.", labels.Count(question.Answered), labels.Count(question.Skipped)]];
        switch (question.Kind)
        {
            case QuestionKind.SingleChoice or QuestionKind.MultipleChoice:
                var options = new ReportTable(
                    [text["Option"], text["Answers"], text["Share"]],
                    [.. question.Options.Select(o => (IReadOnlyList<string>)[labels.Option(question.QuestionId, o.OptionId), labels.Count(o.Count), labels.Share(o.Share)])]);
                return new ReportSection(heading, paragraphs, WithGroups(options, question, summary, labels))
                {
                    Chart = question.Answered > 0 ? SynthesisChart.Render(question, labels, text["Answers"]) : null,
                };
            case QuestionKind.Scale or QuestionKind.Number:
                return new ReportSection(heading, paragraphs, Stats([(string.Empty, question.Numbers)], labels));
            case QuestionKind.Amount:
                return new ReportSection(heading, paragraphs, Stats([.. question.Amounts.Select(a => (a.Currency, (NumberStats?)a.Stats))], labels));
            case QuestionKind.YesNo:
                var yesNo = new ReportTable(
                    [text["Answer"], text["Answers"], text["Share"]],
                    [
                        [text["Yes"], labels.Count(question.Yes), labels.Share(question.Answered == 0 ? 0 : (double)question.Yes / question.Answered)],
                        [text["No"], labels.Count(question.No), labels.Share(question.Answered == 0 ? 0 : (double)question.No / question.Answered)],
                    ]);
                return new ReportSection(heading, paragraphs, yesNo);
            case QuestionKind.Date:
                if (question.Earliest is { } earliest && question.Latest is { } latest)
                {
                    paragraphs.Add(text["From {0} to {1}.", human.Date(earliest), human.Date(latest)]);
                }

                return new ReportSection(heading, paragraphs, null);
            case QuestionKind.ShortText or QuestionKind.LongText:
                paragraphs.AddRange(Quotes(question).Select(t => text["“{0}” — {1}, {2}", t.Text, t.CompanyName ?? None, human.Date(t.SubmittedAt)].Value));
                return new ReportSection(heading, paragraphs, null);
            default:
                return new ReportSection(heading, paragraphs, null);
        }
    }

    /// <summary>Every text when few, else the longest of the most recent, most recent first.</summary>
    private static IEnumerable<TextAnswer> Quotes(QuestionSummary question) =>
        question.Texts.Count <= MaxQuotes
            ? question.Texts
            : question.Texts.Select((t, i) => (t, i)).OrderByDescending(x => x.t.Text.Length).ThenBy(x => x.i).Take(MaxQuotes).OrderBy(x => x.i).Select(x => x.t);

    // Numbers and scales: one line without a currency column; amounts: one line per currency.
    private ReportTable Stats(IReadOnlyList<(string Currency, NumberStats? Stats)> lines, SummaryLabels labels)
    {
        var currencies = lines.Any(l => l.Currency.Length > 0);
        IReadOnlyList<string> headers = [text["Count"], text["Mean"], text["Median"], text["Min"], text["Max"], text["Standard deviation"]];
        return new(
            currencies ? [text["Currency"], .. headers] : headers,
            [.. lines.Where(l => l.Stats is not null).Select(l => (IReadOnlyList<string>)[
                .. currencies ? [l.Currency] : Array.Empty<string>(),
                labels.Count(l.Stats!.Count),
                labels.Number(l.Stats.Mean),
                labels.Number(l.Stats.Median),
                labels.Number(l.Stats.Min),
                labels.Number(l.Stats.Max),
                labels.Number(l.Stats.StandardDeviation)])]);
    }

    // A breakdown adds one column per group: how many of the group chose each option.
    private static ReportTable WithGroups(ReportTable table, QuestionSummary question, AnswerSummary summary, SummaryLabels labels)
    {
        if (summary.Groups.Count == 0)
        {
            return table;
        }

        var groups = summary.Groups.Select(g => g.Questions.First(q => q.QuestionId == question.QuestionId)).ToList();
        return new ReportTable(
            [.. table.Headers, .. summary.Groups.Select(labels.Group)],
            [.. table.Rows.Select((row, i) => (IReadOnlyList<string>)[.. row, .. groups.Select(g => labels.Share(g.Options[i].Share))])]);
    }
}
