using System.Net;
using System.Net.Http.Json;
using Cohorts.Engine.Runtime;
using Cohorts.Host.Identity;
using Cohorts.Host.Portal;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.PostgreSql;
using Cohorts.Host.Tests.Support;
using Cohorts.Tests.PostgreSql;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Organisations;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PdfSharp.Pdf.IO;

namespace Cohorts.Host.Tests.Programmes;

/// <summary>
/// The OpenLab « Exploration-Innovation » run end to end through the API as the CCI d'Auvergne and the CRCGM would: the
/// programme from its template, the preview, a cohort of fifteen SMEs launched, the first conference (at the École
/// Universitaire de Management, followed by a cocktail and a dinner) recorded with its attendees and its recording
/// link attached, the « retour à froid » asked of those attendees by the journey the month after, answered through
/// the portal, and that conference's synthesis downloaded and read back.
/// </summary>
public sealed class OpenLabStoryTests : IAsyncLifetime
{
    private const string Manager = "frederic.denisot@cci-auvergne.test";
    private const string Recording = "https://videos.example/openlab/conference-1";

    // Monday 5 January 2026, 07:00 UTC: the cohort starts; its first conference is that morning.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 7, 0, 0, TimeSpan.Zero));
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
        _story = await ProviderHost.StartAsync(provider, "openlab", _clock, (Manager, CohortsRoles.Manager));
        _host = _story.Host;
    }

    [Theory]
    [InlineData(StoreProvider.Sqlite)]
    [PostgresData]
    public async Task OpenLab_ConferenceRecordedThenRetourAFroidAnsweredThroughThePortal_SynthesisPerConference(StoreProvider provider)
    {
        await StartAsync(provider);
        using var manager = await _host.CreateApiClientAsync(Manager);
        var programme = await manager.PostJsonAsync("/api/programmes", new { templateId = "openlab-exploration-innovation" }, HttpStatusCode.Created);
        var programmeId = programme.GetProperty("id").GetString()!;
        await using (var db = await _host.DomainAsync())
        {
            var hosts = await (from l in db.ProgrammeOrganisations.AsNoTracking()
                               join o in db.Organisations.AsNoTracking() on l.OrganisationId equals o.Id
                               where l.ProgrammeId == programmeId && l.Role == ProgrammeOrganisationRole.Host
                               select o.Name).ToListAsync();
            Assert.Equal(["École Universitaire de Management de Clermont-Ferrand"], hosts);
        }

        // The preview runs the three years: 18 conferences and their cold feedback, the form asked after each.
        var preview = await manager.PostJsonAsync($"/api/programmes/{programmeId}/simulations", new { startDate = "2026-01-05", companies = 15, coaches = 1 }, HttpStatusCode.OK);
        Assert.Contains("Conférence n°18 de l’OpenLab, suivie d’échanges autour d’un cocktail et d’un repas", preview.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("incident", preview.GetRawText(), StringComparison.OrdinalIgnoreCase);

        string[] names = ["Wichard", "Leygatech", "Epicentre Factory", "Pecheur.com", "Cabiria", .. Enumerable.Range(6, 10).Select(n => $"PME auvergnate {n}")];
        var cohort = await manager.PostJsonAsync(
            "/api/cohorts",
            new
            {
                programmeId,
                name = "OpenLab Clermont",
                startDate = "2026-01-05",
                companies = names.Select((n, i) => new { name = n, sector = "industry", headcount = 20 + i, location = "Clermont-Ferrand", contactEmail = $"contact{i}@openlab.test", needs = new[] { "strategy" } }),
                coaches = new[] { new { name = "Pascal Lièvre", email = "pascal.lievre@crcgm.test", capacity = 15, expertise = new[] { "strategy" } } },
                launch = true,
            },
            HttpStatusCode.Created);
        var cohortId = cohort.GetProperty("cohortId").GetGuid();

        // A conference with attendees (the first may be planned before the companies joined: the first one expecting them).
        var conference = await Eventually.ValueAsync(async _ =>
        {
            var events = (await manager.GetJsonAsync($"/api/cohorts/{cohortId}/events?sort=date&kind=Conference")).GetProperty("events").EnumerateArray();
            return events.Where(e => e.GetProperty("companiesExpected").GetInt32() > 0).Select(e => (object)e).FirstOrDefault();
        });
        var row = (System.Text.Json.JsonElement)conference;
        var conferenceId = row.GetProperty("id").GetGuid();
        Assert.StartsWith("Conférence n°", row.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("cocktail et d’un repas", row.GetProperty("title").GetString(), StringComparison.Ordinal);

        _clock.SetUtcNow(row.GetProperty("plannedAt").GetDateTimeOffset().AddHours(5));
        using var organiser = await _host.CreateApiClientAsync(Manager);
        var expected = (await organiser.GetJsonAsync($"/api/sessions/{conferenceId}")).GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        var present = expected.Take(3).ToList();
        await organiser.PostJsonAsync(
            $"/api/sessions/{conferenceId}/outcome",
            new { attendance = expected.Select(c => new { companyId = c, present = present.Contains(c) }), notes = "Conférence puis cocktail et repas." },
            HttpStatusCode.OK);

        // Its recording posted online and the exchanges' transcript on the shared tool, attached to the conference.
        await organiser.PostJsonAsync($"/api/sessions/{conferenceId}/attachments", new { url = Recording, name = "Enregistrement de la conférence", sharedWithCompany = true }, HttpStatusCode.Created);
        await organiser.PostJsonAsync($"/api/sessions/{conferenceId}/attachments", new { url = "https://pad.example/openlab/conference-1", name = "Échanges retranscrits (outil collaboratif)", sharedWithCompany = true }, HttpStatusCode.Created);
        var attached = await organiser.GetJsonAsync($"/api/sessions/{conferenceId}/attachments");
        Assert.Contains(Recording, attached.GetRawText(), StringComparison.Ordinal);

        // The month after, the journey asks each attendee of that conference for the retour à froid.
        _clock.Advance(TimeSpan.FromDays(31));
        var runtime = _host.Services.GetRequiredService<WorkflowRuntime>();
        List<FormRequest> requests = [];
        await Eventually.TrueAsync(async token =>
        {
            await runtime.TriggerDueTimersAsync(token);
            await using var db = await _host.DomainAsync();
            requests = await db.FormRequests.AsNoTracking().Where(r => r.FormId == "retour-a-froid" && r.CohortId == cohortId).ToListAsync(token);
            return requests.Count == present.Count;
        });
        Assert.All(requests, r => Assert.Equal((RespondentKind.Attendee, (Guid?)conferenceId), (r.Respondent, r.SessionId)));
        Assert.Equal(present.Order(), requests.Select(r => r.CompanyId!.Value).Order());

        // Each answers through its portal link.
        var tokens = _host.Services.GetRequiredService<PortalTokens>();
        using var anonymous = _host.CreateClient();
        foreach (var (request, i) in requests.Select((r, i) => (r, i)))
        {
            Guid linkId;
            await using (var db = await _host.DomainAsync())
            {
                linkId = await db.PortalLinks.AsNoTracking().Where(l => l.CompanyId == request.CompanyId && l.RevokedAt == null).Select(l => l.Id).FirstAsync();
            }

            var token = tokens.For(linkId);
            var journey = await anonymous.GetJsonAsync($"/api/portal/{token}");
            Assert.Contains(journey.GetProperty("formsWaiting").EnumerateArray(), f => f.GetProperty("requestId").GetGuid() == request.Id);

            // The conference's recording and transcript links, shared with its participants, are on their portal.
            Assert.Contains(journey.GetProperty("documents").EnumerateArray(), d => d.GetProperty("url").GetString() == Recording);
            await anonymous.PostJsonAsync(
                $"/api/portal/{token}/forms/{request.Id}/answers",
                new { answers = new { compris = $"Réponse {i} : la connaissance se crée aussi dans l'informel.", maintenant = "Nous testons un atelier interne.", pourrions = "Inviter nos clients à la prochaine conférence." } },
                HttpStatusCode.OK);
        }

        // The conference's page links to the synthesis of its own answers.
        using (var page = await _host.CreatePageClientAsync(Manager))
        {
            page.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
            var html = await page.GetStringAsync($"/manage/events/{conferenceId}");
            Assert.Contains($"/forms/retour-a-froid/answers/synthesis.docx?sessionId={conferenceId}", html, StringComparison.Ordinal);
            Assert.Contains("Retour à froid sur la conférence", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }

        // The synthesis of that conference: its answers only, read back from Word and PDF.
        using var reader = await _host.CreateApiClientAsync(Manager);
        var summary = await reader.GetJsonAsync($"/api/programmes/{programmeId}/forms/retour-a-froid/answers/summary?sessionId={conferenceId}");
        Assert.Equal((present.Count, present.Count), (summary.GetProperty("asked").GetInt32(), summary.GetProperty("answered").GetInt32()));
        using var other = await reader.GetAsync($"/api/programmes/{programmeId}/forms/retour-a-froid/answers/summary?sessionId={Guid.NewGuid()}");
        await ApiJson.AssertProblemAsync(other, HttpStatusCode.NotFound, "sessionId");

        reader.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        using var docx = await reader.GetAsync($"/api/programmes/{programmeId}/forms/retour-a-froid/answers/synthesis.docx?sessionId={conferenceId}");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("la connaissance se crée aussi dans l'informel", text, StringComparison.Ordinal);
            Assert.Contains("Qu’avons-nous compris", text, StringComparison.Ordinal);
            Assert.Contains("Conférence n°", text, StringComparison.Ordinal);
        }

        using var pdf = await reader.GetAsync($"/api/programmes/{programmeId}/forms/retour-a-froid/answers/synthesis.pdf?sessionId={conferenceId}");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        using var read = PdfReader.Open(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import);
        Assert.True(read.PageCount >= 1);

        // The indicators: the conference held.
        var progress = await reader.GetJsonAsync($"/api/cohorts/{cohortId}/progress");
        var held = progress.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("kpi").GetString() == "sessionsHeld");
        Assert.True(held.GetProperty("current").GetDecimal() >= 1m);
        Assert.Equal(15m, progress.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("kpi").GetString() == "companiesEnrolled").GetProperty("current").GetDecimal());
    }
}
