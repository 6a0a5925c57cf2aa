using System.Net;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Accounts;

public sealed class CohortInvitationTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task CreateCohort_NewCoachAndFunder_AreInvitedAndAnExistingCoachIsNot()
    {
        var coach = $"coach-{Guid.NewGuid():N}@example.fr";
        var funder = $"funder-{Guid.NewGuid():N}@example.fr";
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        await manager.PostJsonAsync(
            "/api/cohorts",
            new
            {
                programmeId = "boost-innovation",
                name = "Invitations " + coach,
                startDate = "2026-09-01",
                companies = new[] { new { name = "Atelier", sector = "crafts", headcount = 4, location = "Sèvres", contactEmail = "contact@atelier.example", needs = new[] { "marketing" } } },
                coaches = new[]
                {
                    new { name = "Nouveau Coach", email = coach, capacity = 3, expertise = new[] { "marketing" } },
                    new { name = "Julien Martin", email = TestAccounts.CoachMartin, capacity = 3, expertise = new[] { "export" } },
                },
                funders = new[] { new { name = "Région", email = funder, share = 0.5m } },
                launch = false,
            },
            HttpStatusCode.Created);

        await using var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var invited = await db.OutgoingMessages.AsNoTracking().Where(m => m.Kind == "invitation").Select(m => m.Recipient).ToListAsync();
        Assert.Contains(coach, invited);
        Assert.Contains(funder, invited);
        Assert.DoesNotContain(TestAccounts.CoachMartin, invited);
    }
}
