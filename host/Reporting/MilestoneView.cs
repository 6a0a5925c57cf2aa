using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Reporting;

/// <summary>A milestone with the names a reader needs: its cohort's and its company's.</summary>
/// <param name="Milestone">The milestone, with its decisions.</param>
/// <param name="CohortName">Its cohort's name.</param>
/// <param name="CompanyName">Its company's name (null for a cohort-wide review).</param>
public sealed record MilestoneView(Milestone Milestone, string CohortName, string? CompanyName);
