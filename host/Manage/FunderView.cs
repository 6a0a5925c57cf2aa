namespace Cohorts.Host.Manage;

/// <summary>A funder of a cohort.</summary>
/// <param name="Id">The funder's id.</param>
/// <param name="Name">The name.</param>
/// <param name="Share">The share of the budget (0.5 for 50%).</param>
public sealed record FunderView(Guid Id, string Name, decimal Share);
