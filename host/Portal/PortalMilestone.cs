namespace Cohorts.Host.Portal;

/// <summary>A milestone of the company's journey.</summary>
/// <param name="Id">The milestone's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Criteria">What is reviewed.</param>
/// <param name="DueAt">When it is due.</param>
/// <param name="State">Where it stands: <c>open</c>, <c>passed</c>, <c>needsWork</c>, <c>failed</c> or <c>cancelled</c>.</param>
public sealed record PortalMilestone(Guid Id, string Name, string Criteria, DateTimeOffset DueAt, string State);
