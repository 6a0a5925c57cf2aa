using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Organisations;

/// <summary>The organisations directory and its links through the API, on the demo's data: who may do what, bad input refused by path with nothing stored.</summary>
public sealed class OrganisationApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Directory_ManagerAddsEditsArchivesRestores_ListedAuditedAndACoachRefused()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var admin = await demo.Factory.CreateApiClientAsync("admin@cohorts.demo");
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        using var added = await manager.PostAsJsonAsync("/api/organisations", new
        {
            name = "Technopôle Alpha",
            kind = "Cluster",
            town = "Compiègne",
            website = "https://alpha.example.org",
            contacts = new[] { new { name = "Lucie Morel", email = "lucie@alpha.example.org", role = "Chargée d'affaires" } },
        });
        var organisation = await added.JsonAsync();
        var id = organisation.GetProperty("id").GetGuid();
        using var edited = await admin.PutAsJsonAsync($"/api/organisations/{id}", new { name = "Technopôle Alpha Compiègne", kind = "cluster", town = "Compiègne" });
        var found = await (await manager.GetAsync("/api/organisations?q=alpha%20COMPIÈGNE&kind=Cluster")).JsonAsync();
        var details = await (await admin.GetAsync($"/api/organisations/{id}")).JsonAsync();
        var archived = await (await manager.DeleteAsync($"/api/organisations/{id}")).JsonAsync();
        var hidden = await (await manager.GetAsync("/api/organisations?q=alpha")).JsonAsync();
        var shown = await (await manager.GetAsync("/api/organisations?q=alpha&archived=true")).JsonAsync();
        var restored = await (await manager.PostAsync($"/api/organisations/{id}/restore", null)).JsonAsync();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal($"/api/organisations/{id}", added.Headers.Location?.OriginalString);
        Assert.Equal(("Cluster", "Lucie Morel"), (organisation.GetProperty("kind").GetString(), organisation.GetProperty("contacts")[0].GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(id, Assert.Single(found.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(("Technopôle Alpha Compiègne", 0), (details.GetProperty("organisation").GetProperty("name").GetString(), details.GetProperty("organisation").GetProperty("contacts").GetArrayLength()));
        Assert.NotEqual(JsonValueKind.Null, archived.GetProperty("archivedAt").ValueKind);
        Assert.Empty(hidden.EnumerateArray());
        Assert.Single(shown.EnumerateArray());
        Assert.Equal(JsonValueKind.Null, restored.GetProperty("archivedAt").ValueKind);
        await (await coach.GetAsync("/api/organisations")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await coach.GetAsync($"/api/organisations/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await coach.PostAsJsonAsync("/api/organisations", new { name = "Coach SARL", kind = "Business" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await coach.DeleteAsync($"/api/organisations/{id}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.GetAsync($"/api/organisations/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await using var db = await demo.Factory.DomainAsync();
        var subject = id.ToString();
        Assert.Equal(
            [AuditActions.OrganisationAdded, AuditActions.OrganisationArchived, AuditActions.OrganisationEdited, AuditActions.OrganisationRestored],
            (await db.AuditEntries.Where(e => e.SubjectId == subject).Select(e => e.Action).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.False(await db.Organisations.AnyAsync(o => o.Name == "Coach SARL"));
    }

    [Fact]
    public async Task AddAndEdit_NamesOnSeveralLines_AreKeptOnOne()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        using var added = await manager.PostAsJsonAsync("/api/organisations", new
        {
            name = "Pépinière\r\nBcc: x@evil.example",
            kind = "Business",
            town = " Saint-\nDenis ",
            contacts = new[] { new { name = "Lucie\r\nMorel", role = "Chargée\td'affaires" } },
        });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var organisation = await added.JsonAsync();
        var id = organisation.GetProperty("id").GetGuid();
        using var edited = await manager.PutAsJsonAsync($"/api/organisations/{id}", new { name = "Pépinière\u2028 Nord", kind = "Business" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var renamed = await edited.JsonAsync();

        var contact = organisation.GetProperty("contacts")[0];
        Assert.Equal(
            ("Pépinière Bcc: x@evil.example", "Saint- Denis", "Lucie Morel", "Chargée d'affaires"),
            (organisation.GetProperty("name").GetString(), organisation.GetProperty("town").GetString(), contact.GetProperty("name").GetString(), contact.GetProperty("role").GetString()));
        Assert.Equal("Pépinière Nord", renamed.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Add_BadInputOnEveryField_400AtItsPathAndNothingStored()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        await using (var seed = await demo.Factory.DomainAsync())
        {
            seed.Organisations.Add(new Organisation(Guid.NewGuid(), "Atelier Bêta", OrganisationKind.Business, DemoHostFixture.Now));
            await seed.SaveChangesAsync();
        }

        var before = await CountsAsync();
        var contact = new { name = "Ok", email = (string?)null, role = (string?)null };
        (object Body, string Field, HttpStatusCode Status)[] cases =
        [
            (new { kind = "Business" }, "name", HttpStatusCode.BadRequest),
            (new { name = " ", kind = "Business" }, "name", HttpStatusCode.BadRequest),
            (new { name = new string('n', OrganisationLimits.MaxNameLength + 1), kind = "Business" }, "name", HttpStatusCode.BadRequest),
            (new { name = "atelier  BÊTA", kind = "Business" }, "name", HttpStatusCode.Conflict),
            (new { name = "Gamma" }, "kind", HttpStatusCode.BadRequest),
            (new { name = "Gamma", kind = "Spaceship" }, "kind", HttpStatusCode.BadRequest),
            (new { name = "Gamma", kind = "Business", town = new string('t', OrganisationLimits.MaxTownLength + 1) }, "town", HttpStatusCode.BadRequest),
            (new { name = "Gamma", kind = "Business", website = "javascript:alert(1)" }, "website", HttpStatusCode.BadRequest),
            (new { name = "Gamma", kind = "Business", website = "gamma.example.org" }, "website", HttpStatusCode.BadRequest),
            (new { name = "Gamma", kind = "Business", website = "https://example.org/" + new string('w', OrganisationLimits.MaxWebsiteLength) }, "website", HttpStatusCode.BadRequest),
            (new { name = "Gamma", kind = "Business", contacts = Enumerable.Repeat(contact, OrganisationLimits.MaxContacts + 1).ToArray() }, "contacts", HttpStatusCode.BadRequest),
            (new { name = "Gamma", kind = "Business", contacts = new object?[] { null } }, "contacts[0]", HttpStatusCode.BadRequest),
            (new { name = "Gamma", kind = "Business", contacts = new[] { new { name = "", email = (string?)null, role = (string?)null } } }, "contacts[0].name", HttpStatusCode.BadRequest),
            (new { name = "Gamma", kind = "Business", contacts = new[] { contact, new { name = "Paul", email = (string?)"paul@", role = (string?)null } } }, "contacts[1].email", HttpStatusCode.BadRequest),
            (new { name = "Gamma", kind = "Business", contacts = new[] { new { name = "Paul", email = (string?)null, role = (string?)new string('r', OrganisationLimits.MaxContactTextLength + 1) } } }, "contacts[0].role", HttpStatusCode.BadRequest),
        ];
        foreach (var (body, field, status) in cases)
        {
            await (await manager.PostAsJsonAsync("/api/organisations", body)).AssertProblemAsync(status, field);
        }

        await (await manager.GetAsync("/api/organisations?page=0")).AssertProblemAsync(HttpStatusCode.BadRequest, "page");
        await (await manager.GetAsync($"/api/organisations?pageSize={OrganisationQuery.MaxPageSize + 1}")).AssertProblemAsync(HttpStatusCode.BadRequest, "pageSize");
        await (await manager.GetAsync("/api/organisations?kind=Spaceship")).AssertProblemAsync(HttpStatusCode.BadRequest, "kind");
        await (await manager.GetAsync("/api/organisations?role=Sponsor")).AssertProblemAsync(HttpStatusCode.BadRequest, "role");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task ProgrammeLinks_ManagerLinksReplacesAndRemoves_FunderReadsCoachRefusedBadLinksByPath()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var programme = await ProgrammeAsync();
        var delta = await AddAsync(manager, "Delta Conseil", "Business");
        var epsilon = await AddAsync(manager, "Université Epsilon", "HigherEducation");
        var archived = await AddAsync(manager, "Zeta archivée", "Other");
        (await manager.DeleteAsync($"/api/organisations/{archived}")).EnsureSuccessStatusCode();
        var path = $"/api/programmes/{programme}/organisations";
        var before = await LinksAsync(programme);

        var linked = await (await manager.PostAsJsonAsync(path, new { organisationId = delta, role = "Partner" })).JsonAsync();
        await (await manager.PostAsJsonAsync(path, new { organisationId = archived, role = "Partner" })).AssertProblemAsync(HttpStatusCode.BadRequest, "organisationId");
        await (await manager.PostAsJsonAsync(path, new { organisationId = delta })).AssertProblemAsync(HttpStatusCode.BadRequest, "role");
        await (await manager.PostAsJsonAsync(path, new { organisationId = delta, role = "Sponsor" })).AssertProblemAsync(HttpStatusCode.BadRequest, "role");
        var current = (await (await manager.GetAsync(path)).JsonAsync()).EnumerateArray()
            .Select(l => new { organisationId = l.GetProperty("organisationId").GetGuid(), role = l.GetProperty("role").GetString() }).ToList();
        await (await manager.PutAsJsonAsync(path, new object[] { new { organisationId = epsilon, role = "Host" }, new { organisationId = Guid.NewGuid(), role = "Partner" } })).AssertProblemAsync(HttpStatusCode.BadRequest, "[1].organisationId");
        await (await manager.PutAsJsonAsync(path, new object[] { new { organisationId = epsilon } })).AssertProblemAsync(HttpStatusCode.BadRequest, "[0].role");
        Assert.Equal(before + 1, await LinksAsync(programme));
        var replaced = await (await manager.PutAsJsonAsync(path, current.Cast<object>().Append(new { organisationId = epsilon, role = "Host" }).ToArray())).JsonAsync();
        var read = await (await funder.GetAsync(path)).JsonAsync();
        await (await coach.GetAsync(path)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await coach.PostAsJsonAsync(path, new { organisationId = epsilon, role = "Partner" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await funder.PostAsJsonAsync(path, new { organisationId = epsilon, role = "Partner" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.DeleteAsync($"{path}/{delta}")).AssertProblemAsync(HttpStatusCode.BadRequest, "role");
        var removed = await (await manager.DeleteAsync($"{path}/{delta}?role=Partner")).JsonAsync();
        var partners = await (await manager.GetAsync($"/api/organisations?programmeId={programme}&role=Host&q=epsilon")).JsonAsync();

        Assert.Contains(linked.EnumerateArray(), l => l.GetProperty("organisationId").GetGuid() == delta && l.GetProperty("role").GetString() == "Partner");
        Assert.Contains(replaced.EnumerateArray(), l => l.GetProperty("organisationId").GetGuid() == epsilon && l.GetProperty("role").GetString() == "Host");
        Assert.Equal(replaced.GetArrayLength(), read.GetArrayLength());
        Assert.DoesNotContain(removed.EnumerateArray(), l => l.GetProperty("organisationId").GetGuid() == delta);
        Assert.Equal(epsilon, Assert.Single(partners.EnumerateArray()).GetProperty("id").GetGuid());
        var details = await (await manager.GetAsync($"/api/organisations/{epsilon}")).JsonAsync();
        Assert.Equal((programme, "Host"), (details.GetProperty("programmes")[0].GetProperty("programmeId").GetString(), details.GetProperty("programmes")[0].GetProperty("role").GetString()));
    }

    [Fact]
    public async Task EventOrganisations_ManagerSetsHostAndOrganisers_FunderReadsCoachRefusedUnknownByPath()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var host = await AddAsync(manager, "Eta Industries", "Business");
        var organiser = await AddAsync(manager, "CCI Thêta", "Chamber");
        Guid eventId;
        await using (var db = await demo.Factory.DomainAsync())
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Name == "Les bâtisseurs");
            var visit = new Session(Guid.NewGuid(), cohort.Id, SessionKind.Visit, "Visite d'Eta Industries", DemoHostFixture.Now.AddDays(20), null, "CCI Thêta");
            db.Sessions.Add(visit);
            await db.SaveChangesAsync();
            eventId = visit.Id;
        }

        var path = $"/api/sessions/{eventId}/organisations";
        var set = await (await manager.PutAsJsonAsync(path, new { hostId = host, organiserIds = new[] { organiser } })).JsonAsync();
        await (await manager.PutAsJsonAsync(path, new { hostId = Guid.NewGuid() })).AssertProblemAsync(HttpStatusCode.BadRequest, "hostId");
        await (await manager.PutAsJsonAsync(path, new { organiserIds = Enumerable.Repeat(organiser, OrganisationLimits.MaxPerEvent + 1).ToArray() })).AssertProblemAsync(HttpStatusCode.BadRequest, "organiserIds");
        await (await coach.PutAsJsonAsync(path, new { hostId = organiser })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await funder.PutAsJsonAsync(path, new { hostId = organiser })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.PutAsJsonAsync($"/api/sessions/{Guid.NewGuid()}/organisations", new { hostId = host })).AssertProblemAsync(HttpStatusCode.NotFound);
        var read = await (await funder.GetAsync(path)).JsonAsync();

        Assert.Equal([("Eta Industries", "Host"), ("CCI Thêta", "Organiser")], set.EnumerateArray().Select(l => (l.GetProperty("name").GetString(), l.GetProperty("role").GetString())));
        Assert.Equal(2, read.GetArrayLength());
        var details = await (await manager.GetAsync($"/api/organisations/{host}")).JsonAsync();
        Assert.Equal((1, "Visite d'Eta Industries"), (details.GetProperty("eventsHosted").GetInt32(), details.GetProperty("latestEvents")[0].GetProperty("title").GetString()));
    }

    [Fact]
    public async Task AddCompany_WithAnOrganisation_StoredAndAnUnknownOneRefusedAtOrganisationId()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var member = await AddAsync(manager, "Iota Réseau", "Cluster");
        Guid cohortId;
        await using (var db = await demo.Factory.DomainAsync())
        {
            cohortId = (await db.Cohorts.SingleAsync(c => c.Name == "Les bâtisseurs")).Id;
        }

        var company = new { name = "Kappa Usinage", sector = "industry", headcount = 12, location = "Nanterre", contactEmail = "contact@kappa.example", needs = Array.Empty<string>(), organisationId = Guid.NewGuid() };
        await (await manager.PostAsJsonAsync($"/api/cohorts/{cohortId}/companies", company)).AssertProblemAsync(HttpStatusCode.BadRequest, "organisationId");
        var added = await (await manager.PostAsJsonAsync($"/api/cohorts/{cohortId}/companies", company with { organisationId = member })).JsonAsync();

        await using var after = await demo.Factory.DomainAsync();
        var id = added.GetProperty("id").GetGuid();
        Assert.Equal(member, (await after.Companies.SingleAsync(c => c.Id == id)).OrganisationId);
        Assert.Equal(1, await after.Companies.CountAsync(c => c.Name == "Kappa Usinage"));
    }

    private static async Task<Guid> AddAsync(HttpClient client, string name, string kind) =>
        (await (await client.PostAsJsonAsync("/api/organisations", new { name, kind })).JsonAsync()).GetProperty("id").GetGuid();

    private async Task<string> ProgrammeAsync()
    {
        await using var db = await demo.Factory.DomainAsync();
        return (await db.Cohorts.SingleAsync(c => c.Name == "Les bâtisseurs")).ProgrammeId;
    }

    private async Task<int> LinksAsync(string programme)
    {
        await using var db = await demo.Factory.DomainAsync();
        return await db.ProgrammeOrganisations.CountAsync(l => l.ProgrammeId == programme);
    }

    private async Task<(int Organisations, int Audit)> CountsAsync()
    {
        await using var db = await demo.Factory.DomainAsync();
        return (await db.Organisations.CountAsync(), await db.AuditEntries.CountAsync());
    }
}
