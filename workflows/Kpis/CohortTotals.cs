namespace Cohorts.Workflows.Kpis;

/// <summary>A cohort's counts at one instant.</summary>
/// <param name="SessionsPlanned">Sessions and events planned (held or not).</param>
/// <param name="SessionsHeld">Those whose outcome is recorded.</param>
/// <param name="SessionsLate">Those past their planned time without an outcome.</param>
/// <param name="AttendanceRate">Present attendances over expected ones at held sessions, in percent; null before any.</param>
/// <param name="MilestonesPlanned">Milestones planned.</param>
/// <param name="MilestonesPassed">Milestones passed.</param>
/// <param name="MilestonesFailed">Milestones failed.</param>
/// <param name="CompaniesEnrolled">Companies accepted (active, graduated and dropped-out ones included).</param>
/// <param name="CompaniesActive">Companies in the programme now (accepted or coached).</param>
/// <param name="CompaniesGraduated">Companies that graduated.</param>
/// <param name="CompaniesDropped">Companies that dropped out.</param>
/// <param name="Visitors">Visitors counted at events.</param>
/// <param name="QuestionnairesCollected">Questionnaires collected: the forms the cohort's companies answered (in a preview, companies present at a held workshop, each once).</param>
/// <param name="Members">Member companies of the programme's network (<see cref="ProgressSnapshot.Members"/>).</param>
/// <param name="MilestonesToCome">
/// Milestones still to decide for the companies on course (accepted or coached), as their journey plans them
/// (<see cref="ProgressSnapshot.MilestonesPerCompany"/> each, less those already decided for the company); null when
/// the journey's number is not known.
/// </param>
/// <param name="SessionsToCome">
/// Sessions still to settle (hold, or record as a no-show, or cancel) as the cohort's workflows plan them
/// (<see cref="ProgressSnapshot.SessionsPlanned"/>): for each company on course, the coaching sessions its journey plans
/// less its planned ones settled already, and the cohort's events less those settled; null when the plan is not known.
/// </param>
public sealed record CohortTotals(
    int SessionsPlanned,
    int SessionsHeld,
    int SessionsLate,
    decimal? AttendanceRate,
    int MilestonesPlanned,
    int MilestonesPassed,
    int MilestonesFailed,
    int CompaniesEnrolled,
    int CompaniesActive,
    int CompaniesGraduated,
    int CompaniesDropped,
    int Visitors,
    int QuestionnairesCollected,
    int Members = 0,
    int? MilestonesToCome = null,
    int? SessionsToCome = null);
