namespace Cohorts.Host.Api.Evaluations;

/// <summary>The manager's decision on an application of a round (the company's screening).</summary>
/// <param name="Decision">accepted, waitlisted or rejected.</param>
/// <param name="Reasons">Why (required to waitlist or reject).</param>
/// <param name="ShareReasons">Whether the company's e-mail gives the reasons (default true).</param>
public sealed record RoundDecisionRequest(string? Decision, string? Reasons = null, bool? ShareReasons = null);
