using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Coach;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Tests.Events;

/// <summary>
/// GET /api/cohorts/{id}/events, the sessions routes for events, and PUT /api/programmes/{id}/event-organisers: who may
/// list, see and record a cohort's events, and the problems bad input gets.
/// </summary>
public sealed class EventApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task ListEvents_Manager_ListsTheCohortsEventsFilteredSortedAndPaged()
    {
        var visit = await demo.Factory.PlanEventAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var list = await (await client.GetAsync($"/api/cohorts/{visit.CohortId}/events?kind=Visit&when=past&sort=-date&pageSize=5")).JsonAsync();

        Assert.True(list.GetProperty("total").GetInt32() >= 1);
        Assert.Equal(5, list.GetProperty("pageSize").GetInt32());
        var rows = list.GetProperty("events").EnumerateArray().ToList();
        Assert.InRange(rows.Count, 1, 5);
        Assert.All(rows, r => Assert.Equal("Visit", r.GetProperty("kind").GetString()));
        Assert.All(rows, r => Assert.True(r.GetProperty("plannedAt").GetDateTimeOffset() < DemoHostFixture.Now));
        var dates = rows.Select(r => r.GetProperty("plannedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);

        // The visit planned two days ago: expected, not recorded, late.
        var all = await (await client.GetAsync($"/api/cohorts/{visit.CohortId}/events?kind=Visit&pageSize=200")).JsonAsync();
        var row = all.GetProperty("events").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == visit.Id);
        Assert.Equal(visit.Id, row.GetProperty("id").GetGuid());
        Assert.Equal(3, row.GetProperty("companiesExpected").GetInt32());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("companiesPresent").ValueKind);
        Assert.Equal("Claire Dubois", row.GetProperty("organiser").GetString());
        Assert.False(row.GetProperty("recorded").GetBoolean());
        Assert.True(row.GetProperty("late").GetBoolean());

        var upcoming = await (await client.GetAsync($"/api/cohorts/{visit.CohortId}/events?when=upcoming")).JsonAsync();
        Assert.All(upcoming.GetProperty("events").EnumerateArray(), r => Assert.True(r.GetProperty("plannedAt").GetDateTimeOffset() >= DemoHostFixture.Now));
    }

    [Fact]
    public async Task ListEvents_BadQuery_Answers400NamingEachParameter()
    {
        var cohort = await demo.Factory.CohortNamedAsync(EventData.Batisseurs);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var response = await client.GetAsync($"/api/cohorts/{cohort.Id}/events?kind=Coaching&when=yesterday&sort=colour&page=0&pageSize=201");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "kind");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["kind", "when", "sort", "page", "pageSize"], problem.ErrorFields());
    }

    [Fact]
    public async Task ListEvents_ManagerOfNoProgramme_Answers403_AndAnUnknownCohort404()
    {
        var cohort = await demo.Factory.CohortNamedAsync(EventData.Batisseurs);
        var email = $"other.manager-{Guid.NewGuid():N}@example.fr";
        await demo.Factory.CreateUserAsync(email, CohortsRoles.Manager);
        using var client = await demo.Factory.CreateApiClientAsync(email);

        using var listed = await client.GetAsync($"/api/cohorts/{cohort.Id}/events");
        using var unknown = await client.GetAsync($"/api/cohorts/{Guid.NewGuid()}/events");

        await listed.AssertProblemAsync(HttpStatusCode.Forbidden);
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Events_CoachOfAnotherCohort_IsRefusedTheListTheEventAndItsOutcome()
    {
        var openLab = await demo.Factory.OpenLabAsync();
        var visit = await demo.Factory.PlanEventAsync(openLab.Name);
        using var martin = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var listed = await martin.GetAsync($"/api/cohorts/{openLab.Id}/events");
        using var read = await martin.GetAsync($"/api/sessions/{visit.Id}");
        var (recorded, _) = await martin.PostJsonAsync($"/api/sessions/{visit.Id}/outcome", CoachData.OutcomeBody(visit));

        await listed.AssertProblemAsync(HttpStatusCode.Forbidden);
        await read.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, recorded);
        Assert.Null((await demo.Factory.ReadSessionAsync(visit.Id)).Outcome);
    }

    [Fact]
    public async Task RecordEventOutcome_Manager_StoresAttendanceAndVisitors_AndTheListShowsExpectedAgainstActual()
    {
        var visit = await demo.Factory.PlanEventAsync(expectedVisitors: 50);
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var body = new
        {
            attendance = visit.CompanyIds.Select((id, i) => new { companyId = id, present = i < 2 }),
            notes = "Visite de l'atelier d'usinage ; deux adhérents présents.",
            visitors = 42,
        };

        var (status, details) = await client.PostJsonAsync($"/api/sessions/{visit.Id}/outcome", body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(42, details.RootElement.GetProperty("outcome").GetProperty("visitors").GetInt32());
        var list = await (await client.GetAsync($"/api/cohorts/{visit.CohortId}/events?kind=Visit&when=past&sort=-date&pageSize=200")).JsonAsync();
        var row = list.GetProperty("events").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == visit.Id);
        Assert.Equal((3, 2, 50, 42), (row.GetProperty("companiesExpected").GetInt32(), row.GetProperty("companiesPresent").GetInt32(), row.GetProperty("visitorsExpected").GetInt32(), row.GetProperty("visitors").GetInt32()));
        Assert.True(row.GetProperty("recorded").GetBoolean());
        Assert.False(row.GetProperty("late").GetBoolean());
        Assert.Equal(TestAccounts.Manager, row.GetProperty("recordedBy").GetString());
    }

    [Fact]
    public async Task RecordEventOutcome_BadInput_Answers400WithTheJsonPath_AndRecordsNothing()
    {
        var visit = await demo.Factory.PlanEventAsync();
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var body = new
        {
            attendance = visit.CompanyIds.Select((id, i) => new { companyId = (Guid?)id, present = i == 1 ? (bool?)null : true }),
            notes = "Visite.",
            visitors = -3,
        };

        using var response = await client.PostAsJsonAsync($"/api/sessions/{visit.Id}/outcome", body);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "attendance[1].present");
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "visitors");
        Assert.Null((await demo.Factory.ReadSessionAsync(visit.Id)).Outcome);
    }

    [Fact]
    public async Task NamedOrganiser_ListsAndRecordsTheProgrammesEvents_OnlyOnceNamed()
    {
        var visit = await demo.Factory.PlanEventAsync(kind: SessionKind.Networking, title: "Happy Innov (test)");
        var cohort = await demo.Factory.CohortNamedAsync(EventData.Batisseurs);
        using var benali = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachBenali);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var before = await benali.GetAsync($"/api/cohorts/{cohort.Id}/events");
        await before.AssertProblemAsync(HttpStatusCode.Forbidden);

        using var named = await manager.PutAsJsonAsync($"/api/programmes/{cohort.ProgrammeId}/event-organisers", new { organisers = new[] { "Karim.Benali@cohorts.demo", "karim.benali@cohorts.demo" } });
        var organisers = await named.JsonAsync();

        Assert.Equal(["karim.benali@cohorts.demo"], organisers.GetProperty("organisers").EnumerateArray().Select(e => e.GetString()));
        var list = await (await benali.GetAsync($"/api/cohorts/{cohort.Id}/events?kind=Networking&pageSize=200")).JsonAsync();
        Assert.Contains(list.GetProperty("events").EnumerateArray(), r => r.GetProperty("id").GetGuid() == visit.Id);
        var shown = await (await benali.GetAsync($"/api/sessions/{visit.Id}")).JsonAsync();
        Assert.Equal(3, shown.GetProperty("companies").GetArrayLength());
        Assert.True(shown.GetProperty("canRecord").GetBoolean());
        var (status, _) = await benali.PostJsonAsync($"/api/sessions/{visit.Id}/outcome", CoachData.OutcomeBody(visit));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(TestAccounts.CoachBenali, (await demo.Factory.ReadSessionAsync(visit.Id)).Outcome?.RecordedBy);

        // Named for Boost Innovation only: OpenLab's events stay closed to him.
        var openLab = await demo.Factory.OpenLabAsync();
        using var other = await benali.GetAsync($"/api/cohorts/{openLab.Id}/events");
        await other.AssertProblemAsync(HttpStatusCode.Forbidden);

        using var cleared = await manager.PutAsJsonAsync($"/api/programmes/{cohort.ProgrammeId}/event-organisers", new { organisers = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
    }

    [Fact]
    public async Task NameOrganisers_BadAddress_Answers400WithTheJsonPath_AndACoach403()
    {
        var cohort = await demo.Factory.CohortNamedAsync(EventData.Batisseurs);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var bad = await manager.PutAsJsonAsync($"/api/programmes/{cohort.ProgrammeId}/event-organisers", new { organisers = new[] { "claire@example.fr", "not an address" } });
        using var tooMany = await manager.PutAsJsonAsync($"/api/programmes/{cohort.ProgrammeId}/event-organisers", new { organisers = Enumerable.Range(0, Programme.MaxEventOrganisers + 1).Select(i => $"o{i}@example.fr") });
        using var refused = await coach.PutAsJsonAsync($"/api/programmes/{cohort.ProgrammeId}/event-organisers", new { organisers = new[] { TestAccounts.CoachMartin } });
        using var atLimit = await manager.PutAsJsonAsync($"/api/programmes/{cohort.ProgrammeId}/event-organisers", new { organisers = Enumerable.Range(0, Programme.MaxEventOrganisers).Select(i => $"o{i}@example.fr") });

        await bad.AssertProblemAsync(HttpStatusCode.BadRequest, "organisers[1]");
        await tooMany.AssertProblemAsync(HttpStatusCode.BadRequest, "organisers");
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(Programme.MaxEventOrganisers, (await atLimit.JsonAsync()).GetProperty("organisers").GetArrayLength());
        using var cleared = await manager.PutAsJsonAsync($"/api/programmes/{cohort.ProgrammeId}/event-organisers", new { organisers = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
    }
}
