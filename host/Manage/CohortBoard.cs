namespace Cohorts.Host.Manage;

/// <summary>A cohort's board: each company's current step, coach, status, next session and late sessions.</summary>
/// <param name="Cohort">The cohort.</param>
/// <param name="Rows">One row per company the reader sees (a coach: their own), by name.</param>
/// <param name="Coaches">The cohort's coaches (for a manager's override).</param>
public sealed record CohortBoard(CohortSummary Cohort, IReadOnlyList<BoardRow> Rows, IReadOnlyList<CoachView> Coaches);
