using Cohorts.Host.Coaching;

namespace Cohorts.Host.Manage;

/// <summary>What the manager's company page shows: the company, its cohort, when it joined, its sessions.</summary>
/// <param name="Company">The company.</param>
/// <param name="CohortName">Its cohort's name.</param>
/// <param name="JoinedAt">When it joined the cohort after the launch, if it did.</param>
/// <param name="Sessions">Its coaching sessions and the events expecting it, in time order.</param>
public sealed record CompanyPage(CompanyView Company, string CohortName, DateTimeOffset? JoinedAt, IReadOnlyList<SessionDetails> Sessions);
