using System.Net;
using System.Text;
using Cohorts.Host.Tests.Coach;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Services;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Limits;

/// <summary>
/// Control characters (a null, an escape...) in what the API and the pages take: a 400 naming the JSON path, or the
/// message next to the field with the input kept, and nothing stored; a name stored before they were refused cannot
/// break a Word report.
/// </summary>
public sealed class ControlCharacterTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    public static TheoryData<string, object> CohortBodies => new()
    {
        { "name", Cohort(name: "Cohort\0") },
        { "companies[1].name", Cohort(companyName: "Atelier\u001b[31m") },
        { "companies[1].needs[0]", Cohort(need: "marketing\u0000") },
        { "coaches[0].name", Cohort(coachName: "Anne\u007fPetit") },
        { "companies[1].name", Cohort(companyName: "Atelier\u202eNeuf") }, // reads "AtelierfueN": a right-to-left override
    };

    [Theory]
    [MemberData(nameof(CohortBodies))]
    public async Task CreateCohort_ControlCharacter_Answers400NamingItsPathAndCreatesNothing(string field, object body)
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var before = await CohortCountAsync();

        var (status, problem) = await manager.PostJsonAsync("/api/cohorts", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([field], problem.ErrorFields());
        Assert.Equal(LimitMessages.NoControlCharacters, problem.RootElement.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.Equal(before, await CohortCountAsync());
    }

    [Fact]
    public async Task SetTargets_ControlCharacterInAKey_Answers400NamingIt()
    {
        var cohort = await demo.Factory.CohortAsync();
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/cohorts/{cohort.Id}/targets")
        {
            Content = new StringContent("""{"targets":{"Sessions\u0000Held":3}}""", System.Text.Encoding.UTF8, "application/json"),
        };

        using var response = await manager.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("targets.", Assert.Single(problem.ErrorFields()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordOutcome_NullInTheNotes_Answers400AndRecordsNothing()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var (status, problem) = await coach.PostJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session, "Met\0twice."));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["notes"], problem.ErrorFields());
        Assert.Null((await demo.Factory.SessionAsync(session.Id)).Outcome);
    }

    [Fact]
    public async Task RecordOutcome_LineBreaksAndTabsInTheNotes_AreRecorded()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        var (status, _) = await coach.PostJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session, "First point.\r\n\tSecond point."));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("First point.\r\n\tSecond point.", (await demo.Factory.SessionAsync(session.Id)).Outcome?.Notes);
    }

    [Fact]
    public async Task SessionPage_ControlCharacterInTheNotes_ShowsTheMessageInFrenchNextToTheNotesAndKeepsThem()
    {
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        var page = $"/coach/sessions/{session.Id}?culture=fr";
        var token = await Forms.GetAsync(client, page);

        using var response = await Forms.PostAsync(client, page, token, new Dictionary<string, string>
        {
            ["Form.Attendance[0].CompanyId"] = session.CompanyIds[0].ToString(),
            ["Form.Attendance[0].Present"] = "true",
            ["Form.Notes"] = "Notes gardées\u0001",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Aucun caractère de contrôle (comme un caractère nul ou d’échappement).", html, StringComparison.Ordinal);
        Assert.Contains("Notes gardées", html, StringComparison.Ordinal);
        Assert.Null((await demo.Factory.SessionAsync(session.Id)).Outcome);
    }

    [Theory]
    [InlineData("fr", "Notes gardées\0 ici", "Aucun caractère de contrôle (comme un caractère nul ou d’échappement).")]
    [InlineData("en", "\0", "No control characters (such as a null or an escape character).")]
    public async Task SessionPage_NullInTheNotes_ShowsTheMessageNextToTheNotesAndKeepsTheRest(string language, string notes, string message)
    {
        // ASP.NET Core's form reader refuses a form holding %00 outright: the page would never see it (FormNullCharacters).
        var session = await demo.Factory.PlanLateSessionAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        var page = $"/coach/sessions/{session.Id}?culture={language}";
        var token = await Forms.GetAsync(client, page);

        using var response = await Forms.PostAsync(client, page, token, new Dictionary<string, string>
        {
            ["Form.Attendance[0].CompanyId"] = session.CompanyIds[0].ToString(),
            ["Form.Attendance[0].Present"] = "true",
            ["Form.Notes"] = notes,
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains(notes.Replace("\0", "\u0001", StringComparison.Ordinal), html, StringComparison.Ordinal);
        Assert.Null((await demo.Factory.SessionAsync(session.Id)).Outcome);
    }

    [Fact]
    public async Task OrganisationPage_RawZeroByteInTheName_ShowsTheMessageNextToTheName()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        const string Page = "/manage/organisations/new?culture=en";
        var token = await Forms.GetAsync(client, Page);
        var body = Encoding.ASCII.GetBytes($"Form.Name=Atelier\0Nord&Form.Kind=Business&__RequestVerificationToken={Uri.EscapeDataString(token)}");
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");

        using var response = await client.PostAsync(Page, content);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No control characters (such as a null or an escape character).", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Atelier\u0001Nord\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordReport_NameStoredWithAControlCharacter_IsWrittenWithoutIt()
    {
        var cohort = await demo.Factory.CohortAsync();
        await using (var db = await demo.Factory.DomainAsync())
        {
            var company = await db.Companies.Where(c => c.CohortId == cohort.Id).OrderBy(c => c.Name).Select(c => c.Id).FirstAsync();
            await db.Companies.Where(c => c.Id == company).ExecuteUpdateAsync(s => s.SetProperty(c => c.Name, "Stored\u0001Before"));
        }

        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var response = await funder.GetAsync($"/api/cohorts/{cohort.Id}/report.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Contains("StoredBefore", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    private static object Cohort(string name = "Controls", string companyName = "Company 1", string need = "marketing", string coachName = "Anne Petit") => new
    {
        programmeId = "boost-innovation",
        name,
        startDate = "2026-09-01",
        companies = new[]
        {
            new { name = "Company 0", sector = "crafts", headcount = 4, location = "Sèvres", contactEmail = "c0@example.fr", needs = new[] { "marketing" } },
            new { name = companyName, sector = "crafts", headcount = 4, location = "Sèvres", contactEmail = "c1@example.fr", needs = new[] { need } },
        },
        coaches = new[] { new { name = coachName, email = "anne.controls@coaches.example", capacity = 5, expertise = new[] { "marketing" } } },
    };

    private async Task<int> CohortCountAsync()
    {
        await using var db = await demo.Factory.DomainAsync();
        return await db.Cohorts.CountAsync();
    }
}
