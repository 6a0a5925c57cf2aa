namespace Cohorts.Host.Manage;

/// <summary>A milestone waiting for a decision, on a manager's home.</summary>
/// <param name="MilestoneId">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="CompanyName">The company reviewed (null for a cohort-wide review).</param>
/// <param name="DueAt">When it is due.</param>
/// <param name="Late">Whether it is past its due date.</param>
public sealed record MilestoneDue(Guid MilestoneId, string Name, string? CompanyName, DateTimeOffset DueAt, bool Late);
