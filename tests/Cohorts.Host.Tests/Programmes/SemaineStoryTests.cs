using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Programmes;

/// <summary>
/// The Semaine de l'Innovation run end to end through the HTTP API as J'innove's organisers would: the programme from
/// its template, the preview of the 2009 week, a cohort launched with no company, the week's outcomes recorded with the
/// article's attendances, the visitors against the 2,000 expected (+25 %), the progress report.
/// </summary>
public sealed class SemaineStoryTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    /// <summary>The article's attendances ("plus de 450", 190, 60, 50, "près d'une trentaine").</summary>
    private static readonly Dictionary<string, int> Article = new(StringComparer.Ordinal)
    {
        ["Innov’embre"] = 450,
        ["Soirée Couleurs d’Entreprises"] = 190,
        ["Table ronde «\u00a0Pour innover en PME\u00a0: co-construire avec les salariés au travail. Quels enjeux\u202f?\u00a0»"] = 60,
        ["Forum INOPME"] = 50,
        ["Univ’Innov"] = 30,
    };

    [Fact]
    public async Task Week_RunThroughTheApi_CountsTheArticlesVisitorsAgainstTheTwoThousandExpected()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        // The programme from its template, with its organisers as organisations.
        var programme = await manager.PostJsonAsync("/api/programmes", new { templateId = "semaine-de-l-innovation" }, HttpStatusCode.Created);
        var programmeId = programme.GetProperty("id").GetString()!;

        // The preview of the first edition: 30 events from Monday 23 to Friday 27 November 2009, named as the article names them.
        var preview = await manager.PostJsonAsync($"/api/programmes/{programmeId}/simulations", new { startDate = "2009-11-23", companies = 1, coaches = 1 }, HttpStatusCode.OK);
        var calendar = preview.GetProperty("calendar").EnumerateArray().ToList();
        Assert.Equal(30, calendar.Count);
        Assert.Equal(
            ["2009-11-23", "2009-11-24", "2009-11-25", "2009-11-26", "2009-11-27"],
            calendar.Select(e => e.GetProperty("at").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(21, calendar.Count(e => e.GetProperty("title").GetString()!.StartsWith("Portes ouvertes du CREST n°", StringComparison.Ordinal)));
        foreach (var (title, visitors) in Article)
        {
            var entry = Assert.Single(calendar, e => e.GetProperty("title").GetString() == title);
            Assert.Equal(visitors, entry.GetProperty("expectedVisitors").GetInt32());
        }

        // A cohort of the week launched with no company: the visiting companies are not enrolled in advance.
        var start = new DateOnly(2026, 3, 23);
        var created = await manager.PostJsonAsync(
            "/api/cohorts",
            new { programmeId, name = "Semaine de l'Innovation 2026", startDate = "2026-03-23", endDate = "2026-03-27", companies = Array.Empty<object>(), coaches = Array.Empty<object>(), launch = true },
            HttpStatusCode.Created);
        var cohortId = created.GetProperty("cohortId").GetGuid();
        var events = await Eventually.ValueAsync(async _ =>
        {
            var list = await manager.GetJsonAsync($"/api/cohorts/{cohortId}/events?pageSize=100");
            return list.GetProperty("total").GetInt32() == 30 ? list.GetProperty("events").EnumerateArray().ToList() : null;
        });
        Assert.True(events.All(e => DateOnly.FromDateTime(e.GetProperty("plannedAt").GetDateTimeOffset().UtcDateTime) is var day && day >= start && day <= start.AddDays(4)));
        await AssertOrganisationsAsync(programmeId, events.Single(e => e.GetProperty("title").GetString() == "Univ’Innov").GetProperty("id").GetGuid());

        // The week passes; the organisers record each event's visitors: the article's five, the rest making 2,500.
        demo.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero));
        using var organiser = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager); // signed in again: the clock moved past the first token
        var others = events.Where(e => !Article.ContainsKey(e.GetProperty("title").GetString()!)).ToList();
        Assert.Equal(25, others.Count);
        var rest = 2_500 - Article.Values.Sum(); // 1,720 over the 21 CREST and the four others
        for (var i = 0; i < events.Count; i++)
        {
            var title = events[i].GetProperty("title").GetString()!;
            var visitors = Article.TryGetValue(title, out var counted) ? counted : rest / others.Count + (others.IndexOf(events[i]) < rest % others.Count ? 1 : 0);
            using var recorded = await organiser.PostAsJsonAsync($"/api/sessions/{events[i].GetProperty("id").GetGuid()}/outcome", new { attendance = Array.Empty<object>(), notes = "Manifestation tenue.", visitors });
            Assert.True(recorded.IsSuccessStatusCode, $"{title}: {(int)recorded.StatusCode} {await recorded.Content.ReadAsStringAsync()}");
        }

        // The KPIs: 2,500 visitors against 2,000 expected, 30 events held.
        var progress = await organiser.GetJsonAsync($"/api/cohorts/{cohortId}/progress");
        var kpis = progress.GetProperty("kpis").EnumerateArray().ToDictionary(k => k.GetProperty("kpi").GetString()!);
        Assert.Equal((2500m, 2000m, 125m), (kpis["visitors"].GetProperty("current").GetDecimal(), kpis["visitors"].GetProperty("target").GetDecimal(), kpis["visitors"].GetProperty("percent").GetDecimal()));
        Assert.Equal((30m, 30m), (kpis["sessionsHeld"].GetProperty("current").GetDecimal(), kpis["sessionsHeld"].GetProperty("target").GetDecimal()));
        var visitorsReport = await organiser.GetJsonAsync($"/api/cohorts/{cohortId}/visitors");
        Assert.Equal((2500, 780, 2000m, 25m), (visitorsReport.GetProperty("counted").GetInt32(), visitorsReport.GetProperty("expected").GetInt32(), visitorsReport.GetProperty("target").GetDecimal(), visitorsReport.GetProperty("gap").GetDecimal()));
        var innovembre = Assert.Single(visitorsReport.GetProperty("events").EnumerateArray(), e => e.GetProperty("title").GetString() == "Innov’embre");
        Assert.Equal(("Lille", 450, 450, 0m), (innovembre.GetProperty("town").GetString(), innovembre.GetProperty("expected").GetInt32(), innovembre.GetProperty("counted").GetInt32(), innovembre.GetProperty("gap").GetDecimal()));

        // The progress page, in English and in French: +25% / +25 % (a narrow no-break space before %).
        using var english = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var page = await english.GetStringAsync($"/manage/cohorts/{cohortId}/progress");
        Assert.Contains("2,500 visitors counted against a target of 2,000: +25%.", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        using var french = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        french.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var pageFr = WebUtility.HtmlDecode(await french.GetStringAsync($"/manage/cohorts/{cohortId}/progress"));
        Assert.Contains("comptés pour un objectif de 2\u202F000\u00a0: +25\u202F%.", pageFr, StringComparison.Ordinal);
        Assert.Contains("Innov’embre", pageFr, StringComparison.Ordinal);

        // The progress report downloads with its visitors section.
        using var docx = await organiser.GetAsync($"/api/cohorts/{cohortId}/report.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var archive = new ZipArchive(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()));
        using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
        var document = await reader.ReadToEndAsync();
        Assert.Contains("Visitors", document, StringComparison.Ordinal);
        Assert.Contains("+25%", document, StringComparison.Ordinal);
        Assert.Contains("Forum INOPME", document, StringComparison.Ordinal);
        using var pdf = await organiser.GetAsync($"/api/cohorts/{cohortId}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    private async Task AssertOrganisationsAsync(string programmeId, Guid univInnov)
    {
        using var scope = demo.Factory.Services.CreateScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var linked = await db.ProgrammeOrganisations.Where(p => p.ProgrammeId == programmeId).Join(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => o.Name).Distinct().ToListAsync();
        Assert.Contains("J’innove en Nord-Pas de Calais", linked);
        Assert.Contains("ARACT", linked);
        var organisers = await db.EventOrganisations.Where(e => e.SessionId == univInnov && e.Role == EventOrganisationRole.Organiser).Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => o.Name).ToListAsync();
        Assert.Equal(["CCI de Boulogne-sur-Mer Côte d’Opale", "Master Qualité des Procédés Agroalimentaires et Halieutiques de Boulogne-sur-Mer", "OSEO"], organisers.Order(StringComparer.Ordinal));
    }
}
