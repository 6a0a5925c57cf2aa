namespace Cohorts.Host.Api.Evaluations;

/// <summary>Re-opens a cohort's application call with its link.</summary>
/// <param name="ClosesAt">The new deadline (optional).</param>
public sealed record ReopenCallRequest(DateTimeOffset? ClosesAt = null);
