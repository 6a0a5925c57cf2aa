namespace Cohorts.Host.Api.Manager;

/// <summary>A funder of a cohort.</summary>
/// <param name="Name">The name.</param>
/// <param name="Email">The e-mail address (the funder signs in with it).</param>
/// <param name="Share">The share of the budget (0.5 for 50%).</param>
public sealed record FunderShareRequest(string? Name, string? Email, decimal Share);
