using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Portal;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf.IO;

namespace Cohorts.Host.Tests.Programmes;

/// <summary>
/// The Tournée de l'innovation run end to end through the HTTP API as its organisers would: the programme from its
/// template, the preview of a whole tour, a cohort launched without companies, a stop recorded with its walk-ins, the
/// needs questionnaires answered through the portal, the indicators, and the synthesis for the ministry read back.
/// </summary>
public sealed class TourneeStoryTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const string FormId = "besoins-competences";

    [Fact]
    public async Task Tour_FromTemplateToSynthesis_StopsWalkInsQuestionnairesKpisAndDocuments()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var programme = (await manager.PostJsonAsync("/api/programmes", new { templateId = "tournee-de-l-innovation" }, HttpStatusCode.Created)).GetProperty("id").GetString()!;

        // The preview of a tour starting on 1 June: forty workshop stops, Albert in September, the closing on 7 October.
        var preview = await manager.PostJsonAsync($"/api/programmes/{programme}/simulations", new { startDate = "2026-06-01", companies = 10, coaches = 1 }, HttpStatusCode.OK);
        var stops = preview.GetProperty("calendar").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "Workshop").ToList();
        Assert.Equal(40, stops.Count);
        var albert = Assert.Single(stops, s => s.GetProperty("location").GetString() == "Albert");
        Assert.Equal(9, albert.GetProperty("at").GetDateTimeOffset().Month);
        Assert.Contains("ALTYTUD", albert.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Single(stops, s => s.GetProperty("location").GetString() == "Saint-Quentin");
        var closing = stops[^1];
        Assert.Equal("Clôture de la tournée à la CCI de l’Aisne", closing.GetProperty("title").GetString());
        Assert.Equal(new DateOnly(2026, 10, 7), DateOnly.FromDateTime(closing.GetProperty("at").GetDateTimeOffset().Date));
        Assert.Equal("Étape n°2\u00a0: atelier-débat et questionnaire de besoins", stops[1].GetProperty("title").GetString());

        // A cohort launched today without companies: they come to the stops.
        var today = DateOnly.FromDateTime(demo.Clock.GetUtcNow().UtcDateTime);
        var created = await manager.PostJsonAsync("/api/cohorts", new
        {
            programmeId = programme,
            name = "Tournée 2026",
            startDate = today,
            companies = Array.Empty<object>(),
            coaches = new[] { new { name = "Chargée de mission InnovENT-E", email = "tournee@innovent-e.test", capacity = 1000 } },
            launch = true,
        }, HttpStatusCode.Created);
        var cohortId = created.GetProperty("cohortId").GetGuid();
        var events = await manager.GetJsonAsync($"/api/cohorts/{cohortId}/events?sort=date");
        var first = events.GetProperty("events")[0];
        Assert.Equal("Étape n°1\u00a0: atelier-débat et questionnaire de besoins", first.GetProperty("title").GetString());
        var stopId = first.GetProperty("id").GetGuid();

        // The stop has taken place; a walk-in with a bad address refuses the whole outcome.
        demo.Clock.Advance(TimeSpan.FromHours(5));
        using var team = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager); // signed in again after the hours gone by
        object[] walkIns =
        [
            new { name = "Forges de Méaulte", sector = "Métallurgie", headcount = 45, town = "Albert", contactEmail = "contact@forges-meaulte.test" },
            new { name = "Plasturgie du Coquelicot", sector = "Plasturgie", headcount = 120, town = "Albert", contactEmail = "rh@plasturgie-coquelicot.test" },
            new { name = "Aéro Picardie", sector = "Aéronautique", headcount = 300, town = "Méaulte", contactEmail = "direction@aero-picardie.test" },
            new { name = "Forges de Méaulte SAS", sector = "Métallurgie", headcount = 45, town = "Albert", contactEmail = "CONTACT@forges-meaulte.test" },
        ];
        object[] bad = [.. walkIns[..3], new { name = "Sans adresse", sector = "Textile", headcount = 8, town = "Albert", contactEmail = "pas-d-arobase" }];
        using (var refused = await team.PostAsJsonAsync($"/api/sessions/{stopId}/outcome", new { attendance = Array.Empty<object>(), notes = "Atelier-débat", walkIns = bad }))
        {
            await ApiJson.AssertProblemAsync(refused, HttpStatusCode.BadRequest, "walkIns[3].contactEmail");
        }

        await using (var db = await demo.Factory.DomainAsync())
        {
            Assert.False(await db.Companies.AnyAsync(c => c.CohortId == cohortId));
            Assert.Null((await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == stopId)).Outcome);
        }

        var recorded = await team.PostJsonAsync($"/api/sessions/{stopId}/outcome", new { attendance = Array.Empty<object>(), notes = "Atelier-débat : innovation et international.", walkIns }, HttpStatusCode.OK);
        var answer = recorded.GetProperty("walkIns").EnumerateArray().ToList();
        Assert.Equal([false, false, false, true], answer.Select(w => w.GetProperty("matched").GetBoolean()));
        Assert.Equal(answer[0].GetProperty("companyId").GetGuid(), answer[3].GetProperty("companyId").GetGuid());
        Assert.Equal(3, recorded.GetProperty("companies").GetArrayLength());

        // Each walk-in is a company of the cohort whose journey started, present at the stop, and asked the questionnaire.
        List<(Guid Company, Guid Request)> asked;
        await using (var db = await demo.Factory.DomainAsync())
        {
            var companies = await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId).ToListAsync();
            Assert.Equal(3, companies.Count);
            Assert.All(companies, c => Assert.Equal((CompanyStatus.Accepted, (Guid?)c.Id), (c.Status, c.InstanceId)));
            var stop = await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == stopId);
            Assert.Equal(3, stop.Outcome!.Attendance.Count(a => a.Present));
            Assert.Equal(3, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.CompanyAdded && e.CohortId == cohortId));
            var requests = await db.FormRequests.AsNoTracking().Where(r => r.CohortId == cohortId && r.SessionId == stopId).ToListAsync();
            Assert.True(requests.Count == 3, $"{requests.Count} questionnaires asked at the stop, not 3; {await TourStateAsync(db, cohortId)}");
            Assert.All(requests, r => Assert.Equal((RespondentKind.Attendee, FormId), (r.Respondent, r.FormId)));
            asked = [.. requests.Select(r => (r.CompanyId!.Value, r.Id))];
        }

        // Two companies met answer through their portal link; the third answers the questionnaire the manager sends the whole cohort.
        await AnswerAsync(asked[0].Company, asked[0].Request, ["innovation", "international"], 2);
        await AnswerAsync(asked[1].Company, asked[1].Request, ["international", "digital"], 1);
        var sent = await team.PostJsonAsync($"/api/cohorts/{cohortId}/forms/{FormId}/requests", new { }, HttpStatusCode.Created);
        await using (var db = await demo.Factory.DomainAsync())
        {
            var ids = sent.GetProperty("requestIds").EnumerateArray().Select(r => r.GetGuid()).ToList();
            var third = await db.FormRequests.AsNoTracking().SingleAsync(r => ids.Contains(r.Id) && r.CompanyId == asked[2].Company);
            await AnswerAsync(asked[2].Company, third.Id, ["international", "creativity", "innovation"], 3);
        }

        // The indicators: one stop held, three companies, three questionnaires of the thousand the article gives.
        var progress = await team.GetJsonAsync($"/api/cohorts/{cohortId}/progress");
        var kpis = progress.GetProperty("kpis").EnumerateArray().ToDictionary(k => k.GetProperty("kpi").GetString()!);
        Assert.Equal(1m, kpis["sessionsHeld"].GetProperty("current").GetDecimal());
        Assert.Equal(40m, kpis["sessionsHeld"].GetProperty("target").GetDecimal());
        Assert.Equal(3m, kpis["companiesEnrolled"].GetProperty("current").GetDecimal());
        Assert.Equal((3m, 1000m), (kpis["questionnairesCollected"].GetProperty("current").GetDecimal(), kpis["questionnairesCollected"].GetProperty("target").GetDecimal()));

        // The synthesis for the ministry, in French as Word, and as PDF.
        using var docx = await team.GetAsync($"/api/cohorts/{cohortId}/synthesis.docx?lang=fr");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            var texts = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Contains("Étapes tenues\u00a0: 1 sur 5 prévues.", texts);
            Assert.Contains("Entreprises rencontrées\u00a0: 3 (3 dans la promotion).", texts);
            Assert.Contains("Questionnaires de besoins\u00a0: 3 remplis sur 6 envoyés.", texts); // three after the stop, three to the whole cohort
            var ranked = body.Descendants<Table>().Select(t => t.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList())
                .Single(t => t[0].SequenceEqual(["Rang", "Compétence", "Entreprises", "Part"]));
            Assert.Equal(["1", "Développement international", "3"], ranked[1][..3]);
            Assert.Equal(["2", "Management de l’innovation", "2"], ranked[2][..3]);
            Assert.StartsWith("67", ranked[2][3], StringComparison.Ordinal);
            var towns = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).Single(r => r[0] == "Méaulte");
            Assert.Equal("1", towns[1]);
            Assert.Contains(texts, t => t == "Comment innovez-vous\u202f?");
        }

        using var pdf = await team.GetAsync($"/api/cohorts/{cohortId}/synthesis.pdf?lang=fr");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var read = PdfReader.Open(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import);
        Assert.Equal("Synthèse pour le ministère\u00a0: Tournée de l’innovation", read.Info.Title);
        Assert.True(read.PageCount >= 2);
    }

    /// <summary>The company's contact opens their portal link (the one the form's e-mail carries) and answers.</summary>
    /// <summary>What a failure needs to be understood: the tour's instance (the cohort's) and the signals still owed.</summary>
    private async Task<string> TourStateAsync(Workflows.Persistence.CohortsDbContext db, Guid cohortId)
    {
        var instance = await demo.Factory.Services.GetRequiredService<Engine.Runtime.WorkflowRuntime>().GetInstanceAsync(cohortId);
        var incidents = await demo.Factory.Services.GetRequiredService<Engine.Persistence.IWorkflowInstanceStore>().GetIncidentsAsync(cohortId, CancellationToken.None);
        var owed = await db.PendingSignals.AsNoTracking().ToListAsync();
        return $"the tour's instance is {instance.Status} with {instance.State.Bookmarks.Count} bookmarks ({string.Join(", ", instance.State.Bookmarks.Select(b => $"{b.Kind} {b.Name} {b.CorrelationKey} {b.DueAt:O}"))}); "
            + $"incidents: {string.Join(" | ", incidents.Select(i => i.Message))}; "
            + $"signals owed: {string.Join(" | ", owed.Select(o => $"{o.Name} {o.CorrelationKey} attempts {o.Attempts} {o.LastError}"))}; clock {demo.Clock.GetUtcNow():O}";
    }

    private async Task AnswerAsync(Guid companyId, Guid requestId, string[] skills, int hires)
    {
        Guid linkId;
        await using (var db = await demo.Factory.DomainAsync())
        {
            linkId = (await db.PortalLinks.AsNoTracking().FirstAsync(l => l.CompanyId == companyId && l.RevokedAt == null)).Id;
        }

        var token = demo.Factory.Services.GetRequiredService<PortalTokens>().For(linkId);
        using var client = demo.Factory.CreateClient();
        var journey = await client.GetJsonAsync($"/api/portal/{token}");
        Assert.Contains(journey.GetProperty("formsWaiting").EnumerateArray(), f => f.GetProperty("requestId").GetGuid() == requestId);
        var answers = new Dictionary<string, object>
        {
            ["place-innovation"] = "important",
            ["comment-innover"] = new[] { "products", "processes" },
            ["avec-qui"] = new[] { "universities", "customers" },
            ["jeunes-talents"] = new[] { "apprenticeships" },
            ["synergies"] = "Des projets étudiants avec l'UTC.",
            ["competences"] = skills,
            ["international"] = "planning",
            ["recrutements"] = hires,
        };
        var saved = await client.PostJsonAsync($"/api/portal/{token}/forms/{requestId}/answers", new { answers }, HttpStatusCode.OK);
        Assert.False(saved.GetProperty("edited").GetBoolean());
    }
}
