namespace Cohorts.Workflows.Services;

/// <summary>A co-funder of a programme and its share of a cohort's budget.</summary>
/// <param name="Name">Who (at most 200 characters).</param>
/// <param name="Share">The share, a fraction above 0 and at most 1 (0.5 for 50%).</param>
public sealed record CoFunderSettings(string? Name, decimal Share);
