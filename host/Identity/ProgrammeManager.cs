namespace Cohorts.Host.Identity;

/// <summary>A manager's right over one programme (the manager who creates a programme manages it).</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="UserId">The manager's user id.</param>
public sealed record ProgrammeManager(string ProgrammeId, string UserId);
