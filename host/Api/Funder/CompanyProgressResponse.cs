namespace Cohorts.Host.Api.Funder;

/// <summary>One company's progress.</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="Name">Its name.</param>
/// <param name="Town">Its town.</param>
/// <param name="Sector">Its sector.</param>
/// <param name="Status">Its journey status: applied, accepted, waitlisted, rejected, active, graduated or droppedOut.</param>
/// <param name="Coach">Its coach's name, if it has one.</param>
/// <param name="SessionsPlanned">Sessions and events that expect it.</param>
/// <param name="SessionsHeld">Those held.</param>
/// <param name="SessionsLate">Those past their time without an outcome.</param>
/// <param name="AttendanceRate">The held ones it attended, in percent; null before any.</param>
/// <param name="MilestonesPassed">Its milestones passed.</param>
public sealed record CompanyProgressResponse(
    Guid CompanyId,
    string Name,
    string Town,
    string Sector,
    string Status,
    string? Coach,
    int SessionsPlanned,
    int SessionsHeld,
    int SessionsLate,
    decimal? AttendanceRate,
    int MilestonesPassed);
