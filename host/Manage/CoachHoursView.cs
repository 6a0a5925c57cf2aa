namespace Cohorts.Host.Manage;

/// <summary>A coach's time in a cohort: companies, sessions and hours planned, used and budgeted, and what is wrong.</summary>
/// <param name="CoachId">The coach.</param>
/// <param name="Name">Their name.</param>
/// <param name="Capacity">The most companies they take.</param>
/// <param name="WorkingDays">The weekdays they work (empty: every working day of the programme).</param>
/// <param name="WorkStart">When their working day starts.</param>
/// <param name="WorkEnd">When it ends.</param>
/// <param name="Companies">Their companies, by name, each with its hours.</param>
/// <param name="SessionsPlanned">Their coaching sessions, held or to come.</param>
/// <param name="HoursPlanned">The hours of those sessions.</param>
/// <param name="HoursUsed">The hours of the sessions held (outcome recorded).</param>
/// <param name="HoursBudget">The hours their companies are given altogether, if the programme budgets them.</param>
/// <param name="OverlappingSessions">How many of their sessions overlap an earlier one (0 when placement went well).</param>
/// <param name="Warnings">What is wrong: <c>OverCapacity</c> (more companies than they take), <c>OverBudget</c> (more hours planned than given), <c>Overlaps</c>.</param>
public sealed record CoachHoursView(
    Guid CoachId,
    string Name,
    int Capacity,
    IReadOnlyList<DayOfWeek> WorkingDays,
    TimeOnly WorkStart,
    TimeOnly WorkEnd,
    IReadOnlyList<CompanyHoursView> Companies,
    int SessionsPlanned,
    decimal HoursPlanned,
    decimal HoursUsed,
    decimal? HoursBudget,
    int OverlappingSessions,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Gets the organisation of the directory the coach comes from (a partner's panel), if any.</summary>
    public string? Organisation { get; init; }
}
