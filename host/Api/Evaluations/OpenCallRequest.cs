namespace Cohorts.Host.Api.Evaluations;

/// <summary>Opens a cohort's application call.</summary>
/// <param name="FormId">The programme's form applicants answer.</param>
/// <param name="ClosesAt">The deadline (optional).</param>
public sealed record OpenCallRequest(string? FormId, DateTimeOffset? ClosesAt = null);
