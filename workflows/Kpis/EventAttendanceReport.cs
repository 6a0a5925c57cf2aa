using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Kpis;

/// <summary>
/// A cohort's visitors: each collective event's counted against expected, and the cohort's total against its
/// <see cref="KpiKind.Visitors"/> target, as a signed difference ("2,500 against 2,000: +25%", the Semaine de
/// l'Innovation's first edition). Computed from the sessions, nothing stored.
/// </summary>
/// <param name="Events">The events that expect or counted visitors, in date order.</param>
/// <param name="Counted">The visitors counted at events held (cancelled ones count none).</param>
/// <param name="Expected">The visitors the events expect, summed over those that say and are not cancelled.</param>
/// <param name="Target">The cohort's visitors target (the cohort's, else the programme's), if any.</param>
public sealed record EventAttendanceReport(IReadOnlyList<EventAttendance> Events, int Counted, int Expected, decimal? Target)
{
    /// <summary>Gets the counted visitors' difference with the target, in percent of it ("+25" for 2,500 against 2,000), when there is a positive target.</summary>
    public decimal? Gap => Target is { } target ? GapOf(Counted, target) : null;

    /// <summary>Gets a value indicating whether there is anything to show: an event expecting or counting visitors, or a target.</summary>
    public bool IsEmpty => Events.Count == 0 && Target is null;

    /// <summary>Reads a cohort's visitors from its sessions.</summary>
    /// <param name="sessions">The cohort's sessions (coaching sessions are left out).</param>
    /// <param name="target">The visitors target, if any.</param>
    public static EventAttendanceReport Of(IEnumerable<Session> sessions, decimal? target)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var events = sessions
            .Where(s => s.CoachId is null && (s.ExpectedVisitors is not null || s.Outcome?.Visitors is not null))
            .OrderBy(s => s.PlannedAt)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .Select(s => new EventAttendance(s.Id, s.Title, s.Location, s.PlannedAt, s.ExpectedVisitors, s.Outcome?.Visitors, s.IsCancelled))
            .ToList();
        return new EventAttendanceReport(events, events.Sum(e => e.Counted ?? 0), events.Where(e => !e.Cancelled).Sum(e => e.Expected ?? 0), target);
    }

    /// <summary>The difference of <paramref name="counted"/> with <paramref name="expected"/> in percent of it, rounded to a whole percent; null without both or with nothing expected.</summary>
    internal static decimal? GapOf(decimal? counted, decimal? expected) =>
        counted is { } c && expected is { } e && e > 0 ? Math.Round((c - e) * 100m / e, MidpointRounding.AwayFromZero) : null;
}
