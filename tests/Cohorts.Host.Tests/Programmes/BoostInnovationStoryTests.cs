using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.PostgreSql;
using Cohorts.Host.Tests.Support;
using Cohorts.Tests.PostgreSql;
using Cohorts.Workflows.Organisations;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Host.Tests.Programmes;

/// <summary>
/// Boost Innovation / Open H'Innov run end to end through the API as the CCI des Hauts-de-Seine would: the programme
/// from its template (its partners, organiser and funder), the preview, "Les bâtisseurs" launched in January with the
/// Département funding 100,000 euros (50%), the first Innov Tour visit at Schneider Electric's head office in
/// Rueil-Malmaison and a Happy Innov evening recorded, Connect Innov's members counted up to their target of 100, the
/// progress and the funder's report read.
/// </summary>
public sealed class BoostInnovationStoryTests : IAsyncLifetime
{
    private const string Manager = "claire.dubois@cci92.test";
    private const string Funder = "departement@hauts-de-seine.test";

    // Monday 3 January 2022: "début janvier, une première étape est prévue au siège de Schneider Electric".
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2022, 1, 3, 7, 0, 0, TimeSpan.Zero));
    private ProviderHost? _story;
    private CohortsHostFactory _host = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_story is not null)
        {
            await _story.DisposeAsync();
        }
    }

    /// <summary>The host on the provider's database, with the story's accounts.</summary>
    private async Task StartAsync(StoreProvider provider)
    {
        _story = await ProviderHost.StartAsync(provider, "boost", _clock, (Manager, CohortsRoles.Manager), (Funder, CohortsRoles.Funder));
        _host = _story.Host;
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task BoostInnovation_FromTemplateToReport_PartnersVisitsMembersAndTheDepartmentsHalf(StoreProvider provider)
    {
        await StartAsync(provider);
        using var manager = await _host.CreateApiClientAsync(Manager);

        // The programme from its template: the article's partners, the CCI organising, the Département funding.
        var programme = await manager.PostJsonAsync("/api/programmes", new { templateId = "boost-innovation" }, HttpStatusCode.Created);
        var programmeId = programme.GetProperty("id").GetString()!;
        await using (var db = await _host.DomainAsync())
        {
            var links = await (from l in db.ProgrammeOrganisations.AsNoTracking()
                               join o in db.Organisations.AsNoTracking() on l.OrganisationId equals o.Id
                               where l.ProgrammeId == programmeId
                               select new { o.Name, o.Kind, l.Role }).ToListAsync();
            Assert.Equal(9, links.Count(l => l.Role == ProgrammeOrganisationRole.Partner));
            Assert.Contains(links, l => l.Name == "CCI des Hauts-de-Seine" && l.Role == ProgrammeOrganisationRole.Organiser && l.Kind == OrganisationKind.Chamber);
            Assert.Contains(links, l => l.Name == "Département des Hauts-de-Seine" && l.Role == ProgrammeOrganisationRole.Funder);
            Assert.Contains(links, l => l.Name == "Schneider Electric" && l.Role == ProgrammeOrganisationRole.Host && l.Kind == OrganisationKind.Business);
            Assert.Contains(links, l => l.Name == "Université Paris Nanterre" && l.Kind == OrganisationKind.HigherEducation);
        }

        // The preview of a whole cohort: 17 companies, 3 coaches.
        var preview = await manager.PostJsonAsync($"/api/programmes/{programmeId}/simulations", new { startDate = "2022-01-03", companies = 17, coaches = 3 }, HttpStatusCode.OK);
        Assert.Contains("Innov Tour n°1\\u00A0: visite du siège de Schneider Electric", preview.GetRawText(), StringComparison.Ordinal); // JSON writes the no-break space escaped
        Assert.Contains("Happy Innov n°12", preview.GetRawText(), StringComparison.Ordinal);

        // "Les bâtisseurs": 17 members, three coaches from the partners' panel, the Département's 50%.
        string[] names = ["Diffam", "Haveagooday", .. Enumerable.Range(3, 15).Select(n => $"Bâtisseur {n}")];
        var cohort = await manager.PostJsonAsync(
            "/api/cohorts",
            new
            {
                programmeId,
                name = "Les bâtisseurs",
                startDate = "2022-01-03",
                companies = names.Select((n, i) => new { name = n, sector = "services", headcount = 10 + i, location = "Bagneux", contactEmail = $"contact{i}@batisseurs.test", needs = new[] { "strategy" } }),
                coaches = new[]
                {
                    new { name = "Coach EY", email = "coach.ey@partners.test", capacity = 6, expertise = new[] { "strategy" } },
                    new { name = "Coach Orange", email = "coach.orange@partners.test", capacity = 6, expertise = new[] { "strategy" } },
                    new { name = "Coach EDF", email = "coach.edf@partners.test", capacity = 6, expertise = new[] { "strategy" } },
                },
                funders = new[] { new { name = "Département des Hauts-de-Seine", email = Funder, share = 0.5m } },
                launch = true,
            },
            HttpStatusCode.Created);
        var cohortId = cohort.GetProperty("cohortId").GetGuid();
        var companies = await manager.GetJsonAsync($"/api/cohorts/{cohortId}/companies");
        Assert.Equal(17, companies.GetArrayLength());
        foreach (var company in companies.EnumerateArray())
        {
            await manager.PostJsonAsync($"/api/companies/{company.GetProperty("id").GetGuid()}/screening", new { decision = "Accepted" }, HttpStatusCode.OK);
        }

        // The first Innov Tour visit, early January at Schneider Electric's head office; a Happy Innov evening alternates.
        var events = (await manager.GetJsonAsync($"/api/cohorts/{cohortId}/events?sort=date")).GetProperty("events").EnumerateArray().ToList();
        var visit = events.Single(e => e.GetProperty("title").GetString() == "Innov Tour n°1\u00a0: visite du siège de Schneider Electric");
        var happy = events.Single(e => e.GetProperty("title").GetString() == "Happy Innov n°1");
        var visitAt = visit.GetProperty("plannedAt").GetDateTimeOffset();
        Assert.Equal((2022, 1), (visitAt.Year, visitAt.Month));
        Assert.True(visitAt.Day <= 10, $"The first visit falls early in January, not on the {visitAt.Day}th.");
        Assert.Equal("Rueil-Malmaison", visit.GetProperty("location").GetString());
        Assert.Equal("Visit", visit.GetProperty("kind").GetString());
        Assert.Equal("Networking", happy.GetProperty("kind").GetString());
        Assert.True(happy.GetProperty("plannedAt").GetDateTimeOffset() > visitAt, "The Happy Innov alternates with the visit.");
        await using (var db = await _host.DomainAsync())
        {
            var visitId = visit.GetProperty("id").GetGuid();
            var hosts = await (from e in db.EventOrganisations.AsNoTracking()
                               join o in db.Organisations.AsNoTracking() on e.OrganisationId equals o.Id
                               where e.SessionId == visitId
                               select new { o.Name, e.Role }).ToListAsync();
            Assert.Contains(hosts, h => h.Name == "Schneider Electric" && h.Role == EventOrganisationRole.Host);
            Assert.Contains(hosts, h => h.Name == "CCI des Hauts-de-Seine" && h.Role == EventOrganisationRole.Organiser);
        }

        // The CCI records both once held.
        _clock.SetUtcNow(happy.GetProperty("plannedAt").GetDateTimeOffset().AddHours(4));
        using var organiser = await _host.CreateApiClientAsync(Manager); // signed in again: weeks have passed
        foreach (var held in new[] { visit, happy })
        {
            var sessionId = held.GetProperty("id").GetGuid();
            var expected = (await organiser.GetJsonAsync($"/api/sessions/{sessionId}")).GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
            await organiser.PostJsonAsync(
                $"/api/sessions/{sessionId}/outcome",
                new { attendance = expected.Select((c, i) => new { companyId = c, present = i % 5 != 0 }), notes = "Échanges riches entre pairs." },
                HttpStatusCode.OK);
        }

        // Connect Innov: member companies join the network (the directory's Member links) up to the target of 100.
        await AddMembersAsync(organiser, programmeId, 99);
        var progress = await organiser.GetJsonAsync($"/api/cohorts/{cohortId}/progress");
        Assert.Equal(99m, Kpi(progress, "members").GetProperty("current").GetDecimal());
        await AddMembersAsync(organiser, programmeId, 1, from: 99);
        progress = await organiser.GetJsonAsync($"/api/cohorts/{cohortId}/progress");
        var members = Kpi(progress, "members");
        Assert.Equal((100m, 100m, "met"), (members.GetProperty("current").GetDecimal(), members.GetProperty("target").GetDecimal(), members.GetProperty("status").GetString()));
        Assert.Equal(17m, Kpi(progress, "companiesEnrolled").GetProperty("current").GetDecimal());
        Assert.Equal(2m, Kpi(progress, "sessionsHeld").GetProperty("current").GetDecimal());

        // "100 000 euros, soit 50 % du montant total".
        var funding = progress.GetProperty("funding");
        Assert.Equal((200_000m, "EUR"), (funding.GetProperty("budget").GetDecimal(), funding.GetProperty("currency").GetString()));
        var departement = Assert.Single(funding.GetProperty("funders").EnumerateArray());
        Assert.Contains("Hauts-de-Seine", departement.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("100000", departement.GetRawText().Replace(".0", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        // The funder's document.
        using var funder = await _host.CreateApiClientAsync(Funder);
        funder.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        using var report = await funder.GetAsync($"/api/cohorts/{cohortId}/report.docx");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await report.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Les bâtisseurs", text, StringComparison.Ordinal);
        Assert.Contains("Entreprises adhérentes", text, StringComparison.Ordinal);
    }

    private static JsonElement Kpi(JsonElement progress, string kind) =>
        progress.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("kpi").GetString() == kind);

    /// <summary>Adds member companies to the directory and links them to the programme as members, through the organisations API.</summary>
    private static async Task AddMembersAsync(HttpClient manager, string programmeId, int count, int from = 0)
    {
        for (var i = from; i < from + count; i++)
        {
            var organisation = await manager.PostJsonAsync("/api/organisations", new { name = $"Adhérent Connect Innov {i + 1}", kind = "Business", town = "Nanterre" }, HttpStatusCode.Created);
            await manager.PostJsonAsync(
                $"/api/programmes/{Uri.EscapeDataString(programmeId)}/organisations",
                new { organisationId = organisation.GetProperty("id").GetGuid(), role = "Member" },
                HttpStatusCode.OK);
        }
    }
}
