using Cohorts.Host.Tables;

namespace Cohorts.Host.Audit;

/// <summary>
/// How a cohort's history sorts, filters and searches on its page:
/// <c>?sort=recent|who|what&amp;dir=desc&amp;q=words&amp;filter=companies|sessions|milestones|cohort&amp;page=2</c>.
/// </summary>
public static class HistoryTable
{
    /// <summary>The most lines the page sorts and searches in (the newest); the CSV export holds them all.</summary>
    public const int MaxLines = 10_000;

    /// <summary>Gets the view: newest first unless sorted otherwise; filters by what the action is about.</summary>
    public static TableView<HistoryLine> View { get; } = new(
        "recent",
        new Dictionary<string, Func<HistoryLine, object?>>
        {
            ["recent"] = l => -l.At.UtcTicks,
            ["who"] = l => l.Actor,
            ["what"] = l => l.Text,
        },
        l => $"{l.Actor} {l.Company} {l.Text}",
        new Dictionary<string, Func<HistoryLine, bool>>
        {
            ["companies"] = l => l.Action.StartsWith("company.", StringComparison.Ordinal),
            ["sessions"] = l => l.Action.StartsWith("session.", StringComparison.Ordinal) || l.Action.StartsWith("event.", StringComparison.Ordinal),
            ["milestones"] = l => l.Action.StartsWith("milestone.", StringComparison.Ordinal),
            ["cohort"] = l => l.Action.StartsWith("cohort.", StringComparison.Ordinal) || l.Action.StartsWith("programme.", StringComparison.Ordinal) || l.Action.StartsWith("definition.", StringComparison.Ordinal),
        },
        NewestFirst: new HashSet<string> { "recent" });
}
