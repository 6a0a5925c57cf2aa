namespace Cohorts.Host.Api.Changes;

/// <summary>Ends a company's journey: the body of POST /api/companies/{id}/withdraw.</summary>
/// <param name="Reason">Why (required, at most 2,000 characters).</param>
/// <param name="DroppedOut">True when the company left (dropped out); false when the programme withdraws it.</param>
public sealed record WithdrawRequest(string? Reason, bool DroppedOut = false);
