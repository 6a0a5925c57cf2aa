namespace Cohorts.Host.Tests.Inbox;

/// <summary>A cohort plan for POST /api/cohorts in the demo's Boost Innovation programme: two companies, two coaches, one funder.</summary>
internal static class CohortPlans
{
    public static object Plan(string name, bool launch, string companyName = "Atelier Neuf") => new
    {
        programmeId = "boost-innovation",
        name,
        startDate = "2026-09-01",
        companies = new[]
        {
            new { name = companyName, sector = "crafts", headcount = 4, location = "Sèvres", contactEmail = "contact@atelier-neuf.example", needs = new[] { "marketing" } },
            new { name = "Brasserie Nouvelle", sector = "food", headcount = 9, location = "Vanves", contactEmail = "contact@brasserie.example", needs = new[] { "export" } },
        },
        coaches = new[]
        {
            new { name = "Anne Petit", email = "anne.petit@example.fr", capacity = 5, expertise = new[] { "marketing" } },
            new { name = "Paul Blanc", email = "paul.blanc@example.fr", capacity = 5, expertise = new[] { "export" } },
        },
        funders = new[] { new { name = "Département", email = "finance@departement.example", share = 0.5m } },
        launch,
    };
}
