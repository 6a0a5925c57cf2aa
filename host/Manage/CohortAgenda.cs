namespace Cohorts.Host.Manage;

/// <summary>One cohort on a manager's home: what is late and what waits for the manager.</summary>
/// <param name="CohortId">The cohort's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="ProgrammeName">Its programme's name.</param>
/// <param name="Companies">Its companies.</param>
/// <param name="LateSessions">Its past sessions and events without an outcome.</param>
/// <param name="OldestLateAt">When the oldest of them was planned.</param>
/// <param name="ToScreen">Its applications waiting for the manager's screening (launched cohorts only).</param>
/// <param name="MilestonesToDecide">Its milestones reviewed by the manager and not decided, by due date.</param>
/// <param name="OverdueFunderMilestones">Its milestones reviewed by funders and past their due date.</param>
/// <param name="Incidents">Its journeys stopped by an incident.</param>
public sealed record CohortAgenda(
    Guid CohortId,
    string Name,
    string ProgrammeName,
    int Companies,
    int LateSessions,
    DateTimeOffset? OldestLateAt,
    int ToScreen,
    IReadOnlyList<MilestoneDue> MilestonesToDecide,
    int OverdueFunderMilestones,
    int Incidents)
{
    /// <summary>Gets a value indicating whether anything waits or is late.</summary>
    public bool NeedsAttention => LateSessions > 0 || ToScreen > 0 || MilestonesToDecide.Count > 0 || OverdueFunderMilestones > 0 || Incidents > 0;
}
