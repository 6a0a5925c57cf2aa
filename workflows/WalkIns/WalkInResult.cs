namespace Cohorts.Workflows.WalkIns;

/// <summary>What became of one walk-in of an event's outcome.</summary>
/// <param name="CompanyId">The company recorded present.</param>
/// <param name="Name">Its name.</param>
/// <param name="Matched">True when it was a company of the cohort already (same name or contact address), false when it was added.</param>
public sealed record WalkInResult(Guid CompanyId, string Name, bool Matched);
