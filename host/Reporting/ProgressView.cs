namespace Cohorts.Host.Reporting;

/// <summary>A cohort's progress as its pages show it (the funder's and the manager's, through the <c>_ProgressReport</c> partial).</summary>
/// <param name="Progress">The progress.</param>
/// <param name="Share">The reader's share of the budget, when they are a funder of the cohort.</param>
public sealed record ProgressView(CohortProgress Progress, decimal? Share);
