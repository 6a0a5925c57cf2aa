using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Kpis;

/// <summary>One company's progress in its cohort.</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="Name">Its name.</param>
/// <param name="Status">Its journey status.</param>
/// <param name="SessionsPlanned">Sessions and events that expect it.</param>
/// <param name="SessionsHeld">Those whose outcome is recorded.</param>
/// <param name="SessionsLate">Those past their planned time without an outcome.</param>
/// <param name="AttendanceRate">The held ones it attended, in percent; null before any was held.</param>
/// <param name="MilestonesPassed">Its milestones passed.</param>
public sealed record CompanyProgress(
    Guid CompanyId,
    string Name,
    CompanyStatus Status,
    int SessionsPlanned,
    int SessionsHeld,
    int SessionsLate,
    decimal? AttendanceRate,
    int MilestonesPassed);
