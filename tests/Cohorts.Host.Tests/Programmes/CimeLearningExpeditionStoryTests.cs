using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Portal;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdfSharp.Pdf.IO;

namespace Cohorts.Host.Tests.Programmes;

/// <summary>
/// The CIME learning expedition run as its organisers would, through the HTTP API only: the programme from its template,
/// a preview of the November 2024 expedition, a dozen participants, the three visits recorded, each participant's
/// analysis through their portal, the organisers' four lessons, the KPIs and the travel book in Word and PDF.
/// </summary>
public sealed class CimeLearningExpeditionStoryTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private static readonly string[] Hosts = ["Michelin", "Village by CA (Crédit Agricole)", "Université Clermont Auvergne"];

    private static readonly string[] Lessons = ["Savoir valoriser ses ressources", "Prendre soin avec exigence de son territoire", "Identifier les combinaisons gagnantes", "Apprendre des autres"];

    [Fact]
    public async Task Expedition_FromTemplateToTravelBook_VisitsAnalysesAndTheFourLessonsInTheDocuments()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var created = await manager.PostJsonAsync("/api/programmes", new { templateId = "cime-learning-expedition", name = "Learning expedition CIME (test)" }, HttpStatusCode.Created);
        var programmeId = created.GetProperty("id").GetString()!;
        using (var named = await manager.PutAsJsonAsync($"/api/programmes/{programmeId}/event-organisers", new { organisers = new[] { TestAccounts.Manager } }))
        {
            Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        }

        // The preview: three visits, one per host the article names, in Clermont-Ferrand.
        var preview = await manager.PostJsonAsync($"/api/programmes/{programmeId}/simulations", new { startDate = "2024-11-18", companies = 12, coaches = 1 }, HttpStatusCode.OK);
        var previewed = preview.GetProperty("calendar").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "Visit").ToList();
        Assert.Equal(Hosts, previewed.Select(e => e.GetProperty("host").GetString()));
        Assert.All(previewed, e => Assert.Equal("Clermont-Ferrand", e.GetProperty("location").GetString()));
        Assert.Contains(preview.GetProperty("targets").EnumerateArray(), t => t.GetProperty("kpi").GetString() == "SessionsHeld" && t.GetProperty("target").GetDecimal() == 3m && t.GetProperty("finalValue").GetDecimal() == 3m);

        // A dozen participants, created then launched; the three visits (11 to 13 March) are past when it is launched
        // on the 16th, so all three are planned at once, with the participants accepted and the expedition not over.
        var cohort = await manager.PostJsonAsync("/api/cohorts", new
        {
            programmeId,
            name = "Clermont-Ferrand, mars 2026",
            startDate = "2026-03-11",
            endDate = "2026-03-27",
            companies = Enumerable.Range(1, 12).Select(i => new { name = $"Entreprise {i:00}", sector = "industry", headcount = 50 + i, location = "Lyon", contactEmail = $"participant{i:00}@expedition.example", needs = new[] { "innovation" } }),
            coaches = new[] { new { name = "Animatrice CIME", email = "animation@cime.example", capacity = 12, expertise = new[] { "innovation" } } },
        }, HttpStatusCode.Created);
        var cohortId = cohort.GetProperty("cohortId").GetGuid();
        await manager.PostJsonAsync($"/api/cohorts/{cohortId}/launch", new { }, HttpStatusCode.OK);
        var visits = await Eventually.ValueAsync(async token =>
        {
            await using var db = await demo.Factory.DomainAsync();
            var found = (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Kind == SessionKind.Visit).ToListAsync(token)).OrderBy(s => s.PlannedAt).ToList();
            return found.Count == 3 ? found : null;
        });
        Assert.Equal(["Visite de Michelin", "Visite du Village by CA (Crédit Agricole)", "Visite de l’Université Clermont Auvergne"], visits.Select(v => v.Title));
        Assert.All(visits, v => Assert.Equal(12, v.CompanyIds.Count));

        // The visits recorded, the first one last planned (every visit was planned at the launch): each asks its own attendees.
        var absentFromTheFirst = visits[0].CompanyIds.Max();
        foreach (var visit in visits)
        {
            var body = new
            {
                attendance = visit.CompanyIds.Select(id => new { companyId = id, present = visit != visits[0] || id != absentFromTheFirst }),
                notes = $"{visit.Title} : échanges avec l'équipe d'innovation.",
            };
            await manager.PostJsonAsync($"/api/sessions/{visit.Id}/outcome", body, HttpStatusCode.OK);
        }

        var requests = await Eventually.ValueAsync(async token =>
        {
            await using var db = await demo.Factory.DomainAsync();
            var asked = await db.FormRequests.AsNoTracking().Where(r => r.CohortId == cohortId && r.FormId == "analyse-visite").ToListAsync(token);
            return asked.Count == 35 ? asked : null;
        });
        Assert.Equal([11, 12, 12], visits.Select(v => requests.Count(r => r.SessionId == v.Id)));
        Assert.DoesNotContain(requests, r => r.SessionId == visits[0].Id && r.CompanyId == absentFromTheFirst);
        Assert.All(requests.Where(r => r.SessionId == visits[0].Id), r => Assert.Equal("Votre analyse\u00a0: Visite de Michelin", r.Title)); // each request names its visit

        // Each participant answers through the portal link their e-mail carries.
        await using (var db = await demo.Factory.DomainAsync())
        {
            var mails = await db.OutgoingMessages.AsNoTracking().Where(m => m.Kind == "form-requested").ToListAsync();
            var tokens = demo.Factory.Services.GetRequiredService<PortalTokens>();
            using var participant = demo.Factory.CreateClient();
            foreach (var request in requests)
            {
                var data = JsonNode.Parse(mails.Single(m => JsonNode.Parse(m.Data)!["requestId"]!.GetValue<string>() == request.Id.ToString()).Data)!;
                var token = tokens.For(data["portalLinkId"]!.GetValue<Guid>());
                var host = Hosts[visits.FindIndex(v => v.Id == request.SessionId)];
                using var answered = await participant.PostAsJsonAsync($"/api/portal/{token}/forms/{request.Id}/answers", new
                {
                    answers = new Dictionary<string, string>
                    {
                        ["pratiques"] = $"{request.RespondentName} chez {host} : un réseau d'innovation ouverte sur le territoire.",
                        ["a-retenir"] = "Ouvrir nos ateliers aux start-ups voisines.",
                    },
                });
                Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            }
        }

        // Once every analysis is in, the organisers are asked the cross-cutting lessons; the manager named answers them.
        var lessonsRequest = await Eventually.ValueAsync(async token =>
        {
            await using var db = await demo.Factory.DomainAsync();
            return await db.FormRequests.AsNoTracking().SingleOrDefaultAsync(r => r.CohortId == cohortId && r.FormId == "enseignements-transverses", token);
        });
        Assert.Equal((RespondentKind.Organiser, TestAccounts.Manager), (lessonsRequest.Respondent, lessonsRequest.RespondentEmail));
        await manager.PostJsonAsync($"/api/forms/requests/{lessonsRequest.Id}/answers", new
        {
            answers = new Dictionary<string, string>
            {
                ["valoriser-ses-ressources"] = "Les compétences des salariés, des partenaires et des entrepreneurs comptent autant que les nôtres.",
                ["apprendre-des-autres"] = "Clermont-Ferrand, un territoire apprenant.",
            },
        }, HttpStatusCode.OK);

        // The KPIs: a dozen enrolled, three visits held.
        var progress = await manager.GetJsonAsync($"/api/cohorts/{cohortId}/progress");
        Assert.Equal(12m, Current(progress, "CompaniesEnrolled"));
        Assert.Equal(3m, Current(progress, "SessionsHeld"));

        // The travel book, in French and in English.
        using var docx = await manager.GetAsync($"/api/cohorts/{cohortId}/travel-book.docx?lang=fr");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var french = Text(await docx.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("Cahier de voyage", french, StringComparison.Ordinal);
        Assert.All(Hosts, host => Assert.Contains(host, french, StringComparison.Ordinal));
        Assert.Contains("Entreprise 03 chez Village by CA (Crédit Agricole) : un réseau d'innovation ouverte sur le territoire.", french, StringComparison.Ordinal);
        var absent = requests.First(r => r.CompanyId == absentFromTheFirst).RespondentName;
        Assert.DoesNotContain($"{absent} chez Michelin", french, StringComparison.Ordinal);
        Assert.Contains($"{absent} chez Université Clermont Auvergne", french, StringComparison.Ordinal);
        Assert.All(Lessons, lesson => Assert.Contains(lesson, french, StringComparison.Ordinal));
        Assert.Contains("Clermont-Ferrand, un territoire apprenant.", french, StringComparison.Ordinal);
        Assert.Contains("11\u00a0mars\u00a02026", french, StringComparison.Ordinal);
        using var english = await manager.GetAsync($"/api/cohorts/{cohortId}/travel-book.docx?lang=en");
        Assert.StartsWith("Travel book", Text(await english.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);

        using var pdf = await manager.GetAsync($"/api/cohorts/{cohortId}/travel-book.pdf?lang=fr");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var read = PdfReader.Open(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync()), PdfDocumentOpenMode.Import);
        Assert.Equal("Cahier de voyage", read.Info.Title);
        Assert.True(read.PageCount >= 2);
    }

    [Fact]
    public async Task TravelBook_ACoach_IsRefusedAndAnUnknownCohortIs404()
    {
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var cohortId = (await DemoIds.ReadAsync(demo.Factory)).Batisseurs;

        using var refused = await coach.GetAsync($"/api/cohorts/{cohortId}/travel-book.pdf");
        using var missing = await manager.GetAsync($"/api/cohorts/{Guid.NewGuid()}/travel-book.docx");
        using var badLanguage = await manager.GetAsync($"/api/cohorts/{cohortId}/travel-book.docx?lang=de");

        await FunderData.AssertProblemAsync(refused, HttpStatusCode.Forbidden);
        await FunderData.AssertProblemAsync(missing, HttpStatusCode.NotFound);
        await FunderData.AssertProblemAsync(badLanguage, HttpStatusCode.BadRequest, "lang");
    }

    private static decimal Current(JsonElement progress, string kpi) =>
        progress.GetProperty("kpis").EnumerateArray().Single(k => string.Equals(k.GetProperty("kpi").GetString(), kpi, StringComparison.OrdinalIgnoreCase)).GetProperty("current").GetDecimal();

    private static string Text(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return string.Join("\n", document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText)
            .Concat(document.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText)));
    }
}
