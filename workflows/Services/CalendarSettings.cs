namespace Cohorts.Workflows.Services;

/// <summary>
/// The working days of a programme, written into its definitions' <c>calendar</c> (docs/definition-format.md):
/// weekends off or not, a holiday set, closures.
/// </summary>
/// <param name="ExcludeWeekends">Saturday and Sunday do not work.</param>
/// <param name="Holidays">A holiday set by name (<c>FR</c>), or none.</param>
/// <param name="Closures">Closure periods (at most 50).</param>
public sealed record CalendarSettings(bool ExcludeWeekends, string? Holidays, IReadOnlyList<ClosureSettings>? Closures);
