using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Tests.PostgreSql;

namespace Cohorts.Host.Tests.PostgreSql;

/// <summary>
/// Input that SQLite stores as given but PostgreSQL's typed columns do not (a <c>numeric(5, 4)</c> share, a
/// <c>numeric(18, 2)</c> budget, a <c>varchar(2000)</c> list, a negative OFFSET): refused with a 400 naming the field,
/// never a 500 then or on a later read, never rounded without a word; and writes at once on one account: one done, the
/// others a 409.
/// </summary>
public sealed class PostgresBadInputTests
{
    private const string Manager = "manager@bad-input.test";
    private const string Administrator = "admin@bad-input.test";

    [PostgresFact]
    public async Task CohortPlan_FunderShareFinerThanTheColumnKeeps_Is400NamingIt_AFourPlaceShareIsKept()
    {
        await RunAsync(
            "shares",
            async factory =>
            {
                using var manager = await factory.CreateApiClientAsync(Manager);
                var programmeId = await CreateProgrammeAsync(manager, "Shares");

                // 0.00001 came back from numeric(5, 4) as 0, which no funder may have: every read of the cohort was a 500.
                foreach (var share in new[] { 0.00001m, 0.12345m })
                {
                    using var refused = await manager.PostAsJsonAsync("/api/cohorts", Plan(programmeId, share));
                    await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "funders[0].share");
                }

                var created = await manager.PostJsonAsync("/api/cohorts", Plan(programmeId, 0.3333m), HttpStatusCode.Created);
                var cohort = await manager.GetJsonAsync($"/api/cohorts/{created.GetProperty("cohortId").GetGuid()}");
                Assert.Equal(0.3333m, cohort.GetProperty("funders")[0].GetProperty("share").GetDecimal());
            });
    }

    [PostgresFact]
    public async Task Invitation_ProgrammeIdsLongerThanTheirColumn_Is400NamingThem_NotA500()
    {
        await RunAsync(
            "invitation",
            async factory =>
            {
                using var manager = await factory.CreateApiClientAsync(Manager);
                using var administrator = await factory.CreateApiClientAsync(Administrator);
                var programmeIds = new List<string>();
                for (var i = 0; i < 35; i++)
                {
                    // Ids of 60 characters (a slug's longest), 35 of them: 2,100 characters and more with the commas.
                    programmeIds.Add(await CreateProgrammeAsync(manager, $"A programme whose name makes the longest slug there is, number {i}"));
                }

                Assert.True(string.Join(',', programmeIds).Length > 2000);
                using var refused = await administrator.PostAsJsonAsync("/api/users/invitations", new { email = "many@bad-input.test", role = "manager", programmeIds });
                await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "programmeIds");

                await administrator.PostJsonAsync("/api/users/invitations", new { email = "some@bad-input.test", role = "manager", programmeIds = programmeIds.Take(10) }, HttpStatusCode.Created);
            });
    }

    [PostgresFact]
    public async Task ProgrammeSettings_BudgetFinerThanTheCent_Is400NamingIt_NotRoundedSilently()
    {
        await RunAsync(
            "budget",
            async factory =>
            {
                using var manager = await factory.CreateApiClientAsync(Manager);
                var programmeId = await CreateProgrammeAsync(manager, "Budget");
                var settings = JsonNode.Parse((await manager.GetJsonAsync($"/api/programmes/{programmeId}/settings")).GetRawText())!.AsObject();

                // numeric(18, 2) kept 1.01 of 1.005 and answered 200; SQLite kept 1.005.
                settings["budget"] = 1.005m;
                using (var refused = await manager.PutAsJsonAsync($"/api/programmes/{programmeId}", settings))
                {
                    await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "budget");
                }

                settings["budget"] = 1234.5m;
                using (var saved = await manager.PutAsJsonAsync($"/api/programmes/{programmeId}", settings))
                {
                    await saved.ReadJsonAsync(HttpStatusCode.OK);
                }

                Assert.Equal(1234.5m, (await manager.GetJsonAsync($"/api/programmes/{programmeId}/settings")).GetProperty("budget").GetDecimal());
            });
    }

    [PostgresFact]
    public async Task Paging_PastTheLastPageAnIntCanSkipTo_IsAnEmptyPageOrA400NamingPage_NotA500()
    {
        await RunAsync(
            "paging",
            async factory =>
            {
                using var manager = await factory.CreateApiClientAsync(Manager);
                using var administrator = await factory.CreateApiClientAsync(Administrator);
                var programmeId = await CreateProgrammeAsync(manager, "Paging");
                var cohortId = (await manager.PostJsonAsync("/api/cohorts", Plan(programmeId, 0.5m), HttpStatusCode.Created)).GetProperty("cohortId").GetGuid();
                var form = new
                {
                    id = "paging",
                    name = new { en = "Paging", fr = "Pagination" },
                    questions = new[] { new { id = "text", kind = "shortText", label = new { en = "Text", fr = "Texte" }, required = false } },
                };
                await manager.PostJsonAsync($"/api/programmes/{programmeId}/forms", form, HttpStatusCode.Created);

                // (page - 1) * pageSize overflowed into a negative OFFSET, which PostgreSQL refuses (SQLite reads it as 0).
                const string Last = "page=2147483647&pageSize=100";
                using (var history = await manager.GetAsync($"/api/cohorts/{cohortId}/history?{Last}"))
                {
                    await history.AssertProblemAsync(HttpStatusCode.BadRequest, "page");
                }

                using (var accountEvents = await administrator.GetAsync($"/api/account-events?{Last}"))
                {
                    await accountEvents.AssertProblemAsync(HttpStatusCode.BadRequest, "page");
                }

                // The last page an int can skip to is read, empty, on PostgreSQL too.
                var lastPage = await manager.GetJsonAsync($"/api/cohorts/{cohortId}/history?page=10737418&pageSize=200");
                Assert.Equal(0, lastPage.GetProperty("lines").GetArrayLength());
                Assert.False(lastPage.GetProperty("hasNext").GetBoolean());

                using (var events = await manager.GetAsync($"/api/cohorts/{cohortId}/events?{Last}"))
                {
                    await events.AssertProblemAsync(HttpStatusCode.BadRequest, "page");
                }

                using (var answers = await manager.GetAsync($"/api/programmes/{programmeId}/forms/paging/answers?{Last}"))
                {
                    await answers.AssertProblemAsync(HttpStatusCode.BadRequest, "page");
                }
            });
    }

    [PostgresFact]
    public async Task ConcurrentAccountChanges_OnOneAccount_AreDoneOrA409_NeverA500()
    {
        await RunAsync(
            "accounts",
            async factory =>
            {
                const string Target = "target@bad-input.test";
                var targetId = await factory.CreateUserAsync(Target, CohortsRoles.Coach);
                using var administrator = await factory.CreateApiClientAsync(Administrator);
                using var target = await factory.CreateApiClientAsync(Target);

                // Identity's concurrency stamp refused all but one of the writes: an InvalidOperationException, a 500.
                await AssertDoneOrConflictAsync(() => target.PostAsync("/api/auth/signout-everywhere", null), HttpStatusCode.Unauthorized);
                await AssertDoneOrConflictAsync(() => administrator.PostAsync($"/api/users/{targetId}/deactivate", null));
                await AssertDoneOrConflictAsync(() => administrator.PostAsync($"/api/users/{targetId}/reactivate", null));
            });
    }

    private static async Task RunAsync(string name, Func<CohortsHostFactory, Task> test)
    {
        var server = await PostgresServer.GetAsync();
        var connectionString = await server.CreateDatabaseAsync(name);
        try
        {
            await using var factory = new CohortsHostFactory(settings: new Dictionary<string, string?>
            {
                ["Cohorts:Database:Provider"] = "PostgreSql",
                ["Cohorts:Database:PostgreSql:ConnectionString"] = connectionString,
            });
            await factory.CreateUserAsync(Manager, CohortsRoles.Manager);
            await factory.CreateUserAsync(Administrator, CohortsRoles.Administrator);
            await test(factory);
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task AssertDoneOrConflictAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode? alsoFine = null)
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => send()));
        try
        {
            var statuses = responses.Select(r => r.StatusCode).ToList();
            Assert.Contains(HttpStatusCode.NoContent, statuses);
            Assert.All(statuses, status => Assert.True(
                status is HttpStatusCode.NoContent or HttpStatusCode.Conflict || status == alsoFine,
                $"Statuses: {string.Join(", ", statuses.Select(s => (int)s))}"));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    private static async Task<string> CreateProgrammeAsync(HttpClient manager, string name)
    {
        var programme = await manager.PostJsonAsync("/api/programmes", new { templateId = "boost-innovation", name }, HttpStatusCode.Created);
        return programme.GetProperty("id").GetString()!;
    }

    private static object Plan(string programmeId, decimal share) => new
    {
        programmeId,
        name = $"Shares {share}",
        startDate = "2027-01-04",
        companies = new[] { new { name = "Atelier Neuf", sector = "crafts", headcount = 4, location = "Sèvres", contactEmail = "contact@atelier-neuf.example", needs = new[] { "marketing" } } },
        coaches = new[] { new { name = "Anne Petit", email = "anne.petit@example.fr", capacity = 5, expertise = new[] { "marketing" } } },
        funders = new[] { new { name = "Département", email = "finance@departement.example", share } },
        launch = false,
    };
}
