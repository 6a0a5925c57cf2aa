namespace Cohorts.Host.Api.Manager;

/// <summary>A reason for cancelling a journey or skipping its faulted step.</summary>
/// <param name="Reason">Why (required, at most 2,000 characters).</param>
public sealed record ReasonRequest(string? Reason);
