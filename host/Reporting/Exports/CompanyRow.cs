namespace Cohorts.Host.Reporting.Exports;

/// <summary>One company's line of the exports (the CSV's columns, in this order and with these names).</summary>
/// <param name="Company">The company's name.</param>
/// <param name="Town">Its town.</param>
/// <param name="Sector">Its sector.</param>
/// <param name="Status">Its journey status (camelCase: active, graduated...).</param>
/// <param name="Coach">Its coach's name, if it has one.</param>
/// <param name="SessionsPlanned">Sessions and events that expect it.</param>
/// <param name="SessionsHeld">Those held (outcome recorded).</param>
/// <param name="SessionsLate">Those past their time without an outcome.</param>
/// <param name="AttendanceRate">The held ones it attended, in percent (empty before any).</param>
/// <param name="MilestonesPassed">Its milestones passed.</param>
public sealed record CompanyRow(
    string Company,
    string Town,
    string Sector,
    string Status,
    string? Coach,
    int SessionsPlanned,
    int SessionsHeld,
    int SessionsLate,
    decimal? AttendanceRate,
    int MilestonesPassed);
