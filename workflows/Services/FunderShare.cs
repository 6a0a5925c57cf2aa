namespace Cohorts.Workflows.Services;

/// <summary>A funder of a cohort and the share of the budget it covers.</summary>
/// <param name="Name">The name.</param>
/// <param name="Email">The e-mail address.</param>
/// <param name="Share">The share (0.5 for 50%), above 0 and at most 1.</param>
public sealed record FunderShare(string Name, string Email, decimal Share)
{
    /// <summary>Gets the id to give the funder (a new one when null).</summary>
    public Guid? Id { get; init; }
}
