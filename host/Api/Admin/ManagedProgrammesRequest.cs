namespace Cohorts.Host.Api.Admin;

/// <summary>The programmes a manager manages (all of them: the others are taken away).</summary>
/// <param name="ProgrammeIds">The programmes' ids.</param>
public sealed record ManagedProgrammesRequest(IReadOnlyList<string?>? ProgrammeIds);
