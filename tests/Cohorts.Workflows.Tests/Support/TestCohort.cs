using Cohorts.Workflows.Domain;

namespace Cohorts.Workflows.Tests.Support;

/// <summary>A cohort created (and usually launched) for a test, with its rows as they were after launching.</summary>
public sealed record TestCohort(Guid CohortId, IReadOnlyList<Company> Companies, IReadOnlyList<Coach> Coaches, IReadOnlyList<Funder> Funders)
{
    public Company Company(string name) => Companies.Single(c => c.Name == name);

    public Coach Coach(string name) => Coaches.Single(c => c.Name == name);

    public Funder Funder(string name) => Funders.Single(f => f.Name == name);
}
