namespace Cohorts.Host.Reporting.FormSynthesis;

/// <summary>
/// One line of a summary's table (CSV and XLSX): a question in a group, then an option, a currency, yes, no, the
/// earliest or latest date, or a text under it (<see cref="Item"/> says which).
/// </summary>
/// <param name="Group">The group's name ("All answers" for the whole).</param>
/// <param name="QuestionId">The question's id.</param>
/// <param name="Question">The question's text.</param>
/// <param name="Kind">The question's kind.</param>
/// <param name="Answered">How many answered it in the group.</param>
/// <param name="Skipped">How many did not.</param>
/// <param name="Item">The option, currency, yes/no, earliest/latest, or the company of a text; empty on the question's own line.</param>
/// <param name="Value">A date or a text; empty otherwise.</param>
/// <param name="Count">How many chose the option or answered yes/no, or how many numbers.</param>
/// <param name="Share">The option's share of those who answered (0–1).</param>
/// <param name="Mean">The numbers' mean.</param>
/// <param name="Median">Their median.</param>
/// <param name="Min">The smallest.</param>
/// <param name="Max">The largest.</param>
/// <param name="StandardDeviation">Their standard deviation.</param>
public sealed record SummaryRow(
    string Group,
    string QuestionId,
    string Question,
    string Kind,
    int Answered,
    int Skipped,
    string Item,
    string Value,
    int? Count,
    double? Share,
    double? Mean,
    double? Median,
    double? Min,
    double? Max,
    double? StandardDeviation);
