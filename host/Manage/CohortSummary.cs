namespace Cohorts.Host.Manage;

/// <summary>A cohort in a list.</summary>
/// <param name="Id">The cohort's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="ProgrammeId">Its programme.</param>
/// <param name="ProgrammeName">The programme's name.</param>
/// <param name="StartDate">Its first day.</param>
/// <param name="EndDate">Its last day.</param>
/// <param name="LaunchedAt">When it was launched, if it was.</param>
/// <param name="Companies">How many of its companies the reader sees (a coach: their own).</param>
/// <param name="LateSessions">Its past sessions and events whose outcome is not recorded (a coach: their own).</param>
/// <param name="Manages">Whether the reader manages it.</param>
public sealed record CohortSummary(
    Guid Id,
    string Name,
    string ProgrammeId,
    string ProgrammeName,
    DateOnly StartDate,
    DateOnly EndDate,
    DateTimeOffset? LaunchedAt,
    int Companies,
    int LateSessions,
    bool Manages)
{
    /// <summary>Gets a value indicating whether the cohort, or its programme, is archived (listed only when asked for).</summary>
    public bool Archived { get; init; }
}
