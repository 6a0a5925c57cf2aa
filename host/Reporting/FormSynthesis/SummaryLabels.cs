using System.Globalization;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Aggregation;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.FormSynthesis;

/// <summary>The words of a summary in the reader's language: questions, options, groups, kinds and numbers.</summary>
/// <param name="summary">The summary.</param>
/// <param name="text">The synthesis texts.</param>
/// <param name="culture">The reader's culture (its language picks the form's texts; numbers are written in it).</param>
public sealed class SummaryLabels(AnswerSummary summary, IStringLocalizer<SynthesisText> text, CultureInfo culture)
{
    private readonly string _language = culture?.TwoLetterISOLanguageName ?? "en";

    /// <summary>Gets the reader's culture.</summary>
    public CultureInfo Culture => culture;

    /// <summary>The form's name.</summary>
    public string FormName => summary.Form.Name.In(_language);

    /// <summary>A question's text.</summary>
    public string Question(string questionId) =>
        summary.Form.Questions.FirstOrDefault(q => q.Id == questionId)?.Label.In(_language) ?? questionId;

    /// <summary>An option's text.</summary>
    public string Option(string questionId, string optionId) =>
        summary.Form.Questions.FirstOrDefault(q => q.Id == questionId)?.Options.FirstOrDefault(o => o.Id == optionId)?.Label.In(_language) ?? optionId;

    /// <summary>A group's name: the cohort, town or sector, the option chosen, or "Not given".</summary>
    public string Group(GroupSummary group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.Key is null)
        {
            return text["All answers"];
        }

        if (group.Key.Length == 0)
        {
            return text["Not given"];
        }

        return summary.Breakdown.Kind == BreakdownKind.Question ? Option(summary.Breakdown.QuestionId!, group.Key) : group.Label ?? group.Key;
    }

    /// <summary>What the groups are (the breakdown's name).</summary>
    public string Breakdown => summary.Breakdown.Kind switch
    {
        BreakdownKind.Cohort => text["Cohort"],
        BreakdownKind.Town => text["Town"],
        BreakdownKind.Sector => text["Sector"],
        BreakdownKind.Question => Question(summary.Breakdown.QuestionId!),
        _ => string.Empty,
    };

    /// <summary>A question kind's name.</summary>
    public string Kind(QuestionKind kind) => kind switch
    {
        QuestionKind.ShortText => text["Short text"],
        QuestionKind.LongText => text["Long text"],
        QuestionKind.SingleChoice => text["Single choice"],
        QuestionKind.MultipleChoice => text["Multiple choice"],
        QuestionKind.Scale => text["Scale"],
        QuestionKind.Number => text["Number"],
        QuestionKind.Amount => text["Amount"],
        QuestionKind.Date => text["Date"],
        QuestionKind.YesNo => text["Yes/no"],
        _ => text["File"],
    };

    /// <summary>A number as the reader writes it (at most two decimals).</summary>
    public string Number(double value) => value.ToString("#,##0.##", culture);

    /// <summary>A whole count as the reader writes it.</summary>
    public string Count(int value) => value.ToString("N0", culture);

    /// <summary>A share (0–1) as a percentage ("80%" / "80 %").</summary>
    public string Share(double share) => share.ToString("P0", culture);
}
