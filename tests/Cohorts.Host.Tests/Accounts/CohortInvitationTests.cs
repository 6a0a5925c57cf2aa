using System.Net;
using System.Net.Http.Json;
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
        var data = await db.OutgoingMessages.AsNoTracking().Where(m => m.Kind == "invitation" && m.Recipient == coach).Select(m => m.Data).SingleAsync();
        Assert.Equal("Invitations " + coach, System.Text.Json.Nodes.JsonNode.Parse(data)!["cohort"]!.GetValue<string>());

        // The acceptance page names the cohort too.
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(System.Text.Json.Nodes.JsonNode.Parse(data)!["url"]!.GetValue<string>()).Query)["token"];
        using var anonymous = demo.Factory.CreateClient();
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/account/accept?token={Uri.EscapeDataString(token!)}&culture=fr"));
        Assert.Contains($"en tant que coach pour la promotion «\u00a0Invitations {coach}\u00a0», avec l’adresse {coach}.", page, StringComparison.Ordinal);

        // Cancelled from Administration, the notice says the coach is still in the cohort.
        using var admin = await demo.Factory.CreatePageClientAsync("admin@cohorts.demo");
        var form = await Forms.GetAsync(admin, "/admin/users?culture=fr");
        var id = (await db.Database.SqlQueryRaw<string>("SELECT Id AS \"Value\" FROM Invitations WHERE Email = {0}", coach).SingleAsync());
        using var cancelled = await Forms.PostAsync(admin, "/admin/users?handler=Cancel&culture=fr", form, new Dictionary<string, string> { ["id"] = id });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var notice = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/users?culture=fr"));
        Assert.Contains($"{coach} fait toujours partie de la promotion «\u00a0Invitations {coach}\u00a0»", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateCohort_WritingAnInvitationFails_LeavesNoCohortAndNoInvitation()
    {
        // The invitations commit with the cohort: a cohort left behind by a failure (or a process stopped) between the
        // two would have coaches and funders nobody ever invites. A trigger makes the funder's invitation fail.
        var coach = $"coach-{Guid.NewGuid():N}@example.fr";
        var funder = $"failing-funder-{Guid.NewGuid():N}@example.fr";
        var name = "Atomic " + coach;
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var contexts = demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER FailFunderInvitation BEFORE INSERT ON Invitations WHEN NEW.Email LIKE 'failing-funder-%' BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        }

        try
        {
            using var response = await manager.PostAsJsonAsync(
                "/api/cohorts",
                new
                {
                    programmeId = "boost-innovation",
                    name,
                    startDate = "2026-09-01",
                    companies = new[] { new { name = "Atelier", sector = "crafts", headcount = 4, location = "Sèvres", contactEmail = "contact@atelier.example", needs = new[] { "marketing" } } },
                    coaches = new[] { new { name = "Nouveau Coach", email = coach, capacity = 3, expertise = new[] { "marketing" } } },
                    funders = new[] { new { name = "Région", email = funder, share = 0.5m } },
                    launch = true,
                });
            Assert.NotEqual(HttpStatusCode.Created, response.StatusCode);
        }
        finally
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER FailFunderInvitation");
        }

        await using (var db = await contexts.CreateDbContextAsync())
        {
            Assert.False(await db.Cohorts.AnyAsync(c => c.Name == name));
            Assert.False(await db.OutgoingMessages.AnyAsync(m => m.Recipient == coach || m.Recipient == funder));
            var invitations = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM Invitations WHERE Email = {0}", coach).SingleAsync();
            Assert.Equal(0, invitations);
        }
    }
}
