using System.Net;
using System.Net.Http.Json;
using Cohorts.Host.Portal;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Portal;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Portal;

/// <summary>The portal's API on the demo installation: what a link opens, what it refuses, answering a form.</summary>
public sealed class PortalApiTests(DemoHostFixture host) : IClassFixture<DemoHostFixture>
{
    private static readonly object ValidAnswers = new
    {
        answers = new Dictionary<string, object>
        {
            ["revenue"] = new { amount = 1200.50m, currency = "EUR" },
            ["headcount"] = 12,
            ["mood"] = 4,
            ["hiring"] = true,
        },
    };

    private PortalTokens Tokens => host.Factory.Services.GetRequiredService<PortalTokens>();

    [Fact]
    public void Read_TokenOfALink_GivesItsIdBack()
    {
        var id = Guid.NewGuid();
        var token = Tokens.For(id);

        Assert.Equal(id, Tokens.Read(token));
        Assert.DoesNotContain(id.ToString("N"), token, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void Read_ChangedOrForeignToken_IsNothing()
    {
        var token = Tokens.For(Guid.NewGuid());
        var changed = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        Assert.Null(Tokens.Read(changed));
        Assert.Null(Tokens.Read("not-a-token"));
        Assert.Null(Tokens.Read(string.Empty));
        Assert.Null(Tokens.Read(new string('A', PortalTokens.MaxLength + 1)));
    }

    [Fact]
    public async Task Journey_ActiveLink_ShowsTheCompanyWithoutCachingOrReferrer()
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 0);
        var requestId = await PortalSeed.RequestAsync(host.Factory, seeded);
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync($"/api/portal/{seeded.Token}");

        var journey = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(seeded.CompanyName, journey.GetProperty("company").GetString());
        Assert.Equal(FunderData.Batisseurs, journey.GetProperty("cohort").GetString());
        Assert.Contains(journey.GetProperty("formsWaiting").EnumerateArray(), f => f.GetProperty("requestId").GetGuid() == requestId);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        await using var db = await host.Factory.DomainAsync();
        Assert.Equal(host.Clock.GetUtcNow(), (await db.PortalLinks.AsNoTracking().SingleAsync(l => l.Id == seeded.LinkId)).LastUsedAt);
    }

    [Fact]
    public async Task Journey_UnknownOrChangedToken_Is404()
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 1);
        var changed = seeded.Token[..^3] + (seeded.Token[^3] == 'x' ? "y" : "x") + seeded.Token[^2..];
        using var client = host.Factory.CreateClient();

        foreach (var token in new[] { changed, "unknown", Tokens.For(Guid.NewGuid()) })
        {
            using var response = await client.GetAsync($"/api/portal/{token}");
            var problem = await response.ReadJsonAsync(HttpStatusCode.NotFound);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("No portal opens with this link", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Answer_RevokedLink_Is410AndStoresNothing()
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 2);
        var requestId = await PortalSeed.RequestAsync(host.Factory, seeded);
        using var manager = await host.Factory.CreateApiClientAsync(TestAccounts.Manager);
        await manager.PostJsonAsync($"/api/companies/{seeded.CompanyId}/portal/links/{seeded.LinkId}/revoke", new { }, HttpStatusCode.OK);
        using var client = host.Factory.CreateClient();

        using var journey = await client.GetAsync($"/api/portal/{seeded.Token}");
        using var answer = await client.PostAsJsonAsync($"/api/portal/{seeded.Token}/forms/{requestId}/answers", ValidAnswers);

        var problem = await journey.ReadJsonAsync(HttpStatusCode.Gone);
        Assert.Contains("revoked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await answer.ReadJsonAsync(HttpStatusCode.Gone);
        Assert.Null(await PortalSeed.AnswerAsync(host.Factory, requestId));
    }

    [Fact]
    public async Task Answer_ValidThenBad_StoresTheFirstAndRefusesTheSecondByQuestion()
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 3);
        var requestId = await PortalSeed.RequestAsync(host.Factory, seeded);
        using var client = host.Factory.CreateClient();

        using var bad = await client.PostAsJsonAsync($"/api/portal/{seeded.Token}/forms/{requestId}/answers", new { answers = new { headcount = "twelve", mood = 9 } });
        await ApiJson.AssertProblemAsync(bad, HttpStatusCode.BadRequest, "answers.headcount");
        Assert.Null(await PortalSeed.AnswerAsync(host.Factory, requestId));

        var saved = await client.PostJsonAsync($"/api/portal/{seeded.Token}/forms/{requestId}/answers", ValidAnswers, HttpStatusCode.OK);
        Assert.False(saved.GetProperty("edited").GetBoolean());
        var stored = await PortalSeed.AnswerAsync(host.Factory, requestId);
        Assert.NotNull(stored);
        Assert.Equal(seeded.Email, stored.SubmittedBy);

        var form = await client.GetJsonAsync($"/api/portal/{seeded.Token}/forms/{requestId}");
        Assert.Equal(12, form.GetProperty("answers").GetProperty("headcount").GetInt32());
        Assert.Equal("answered", form.GetProperty("request").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{"answers":{"headcount":12,"headcount":13,"mood":4}}""", "'headcount'")]
    [InlineData("""{"answers":{"headcount":12,"mood":4},"answers":{}}""", "'answers'")]
    public async Task Answer_PropertyGivenTwice_Answers400AtAnswersAndStoresNothing(string body, string named)
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 3);
        var requestId = await PortalSeed.RequestAsync(host.Factory, seeded);
        using var client = host.Factory.CreateClient();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync($"/api/portal/{seeded.Token}/forms/{requestId}/answers", content);

        var problem = await ApiJson.AssertProblemAsync(response, HttpStatusCode.BadRequest, "answers");
        Assert.Contains(named, problem.GetProperty("errors").GetProperty("answers")[0].GetString(), StringComparison.Ordinal);
        Assert.Null(await PortalSeed.AnswerAsync(host.Factory, requestId));
    }

    [Fact]
    public async Task Form_AnotherCompanysRequest_Is404()
    {
        var mine = await PortalSeed.LinkAsync(host.Factory, 4);
        var theirs = await PortalSeed.LinkAsync(host.Factory, 5);
        var theirRequest = await PortalSeed.RequestAsync(host.Factory, theirs);
        using var client = host.Factory.CreateClient();

        using var read = await client.GetAsync($"/api/portal/{mine.Token}/forms/{theirRequest}");
        using var answer = await client.PostAsJsonAsync($"/api/portal/{mine.Token}/forms/{theirRequest}/answers", ValidAnswers);
        using var page = await client.GetAsync($"/portal/{mine.Token}/forms/{theirRequest}");

        await read.ReadJsonAsync(HttpStatusCode.NotFound);
        await answer.ReadJsonAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Null(await PortalSeed.AnswerAsync(host.Factory, theirRequest));
        var forms = await client.GetJsonAsync($"/api/portal/{mine.Token}/forms");
        Assert.DoesNotContain(forms.EnumerateArray(), f => f.GetProperty("requestId").GetGuid() == theirRequest);
    }

    [Fact]
    public async Task Attachment_SharedDocument_DownloadsAndAnUnsharedOneDoesNot()
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 0);
        var shared = await AddDocumentAsync(seeded, "Guide de l'accompagnement.pdf", shared: true);
        var kept = await AddDocumentAsync(seeded, "Notes internes.pdf", shared: false);
        using var client = host.Factory.CreateClient();

        using var download = await client.GetAsync($"/api/portal/{seeded.Token}/attachments/{shared}");
        using var refused = await client.GetAsync($"/api/portal/{seeded.Token}/attachments/{kept}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Guide de l'accompagnement.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.StartsWith("%PDF", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await refused.ReadJsonAsync(HttpStatusCode.NotFound);
        var journey = await client.GetJsonAsync($"/api/portal/{seeded.Token}");
        var names = journey.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("Guide de l'accompagnement.pdf", names);
        Assert.DoesNotContain("Notes internes.pdf", names);
    }

    [Fact]
    public async Task Attachment_SharedOnItsCoachingSession_IsListedAndDownloadsAndAnotherCompanysIsNot()
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 0);
        var other = await PortalSeed.LinkAsync(host.Factory, 1);
        var mine = await AddDocumentAsync(AttachmentOwner.Session, await CoachingSessionOfAsync(seeded.CompanyId), "Synthèse de la séance.pdf", shared: true);
        var notShared = await AddDocumentAsync(AttachmentOwner.Session, await CoachingSessionOfAsync(seeded.CompanyId), "Notes du coach.pdf", shared: false);
        var theirs = await AddDocumentAsync(AttachmentOwner.Session, await CoachingSessionOfAsync(other.CompanyId), "Leur synthèse.pdf", shared: true);
        using var client = host.Factory.CreateClient();

        var journey = await client.GetJsonAsync($"/api/portal/{seeded.Token}");
        using var download = await client.GetAsync($"/api/portal/{seeded.Token}/attachments/{mine}");
        using var refused = await client.GetAsync($"/api/portal/{seeded.Token}/attachments/{notShared}");
        using var another = await client.GetAsync($"/api/portal/{seeded.Token}/attachments/{theirs}");

        var names = journey.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("Synthèse de la séance.pdf", names);
        Assert.DoesNotContain("Notes du coach.pdf", names);
        Assert.DoesNotContain("Leur synthèse.pdf", names);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("%PDF", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await refused.ReadJsonAsync(HttpStatusCode.NotFound);
        await another.ReadJsonAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Plan 2026/2027", "Plan 2026_2027.pdf")]
    [InlineData("Compte rendu <b>été</b>", "Compte rendu _b_été__b_.pdf")]
    [InlineData("Rapport final", "Rapport final.pdf")]
    public async Task Attachment_SharedDocument_DownloadsUnderTheNameAndExtensionTheStaffGet(string name, string fileName)
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 0);
        var shared = await AddDocumentAsync(seeded, name, shared: true, fileName: "rapport.pdf");
        using var client = host.Factory.CreateClient();

        using var download = await client.GetAsync($"/api/portal/{seeded.Token}/attachments/{shared}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(fileName, download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Theory]
    [InlineData("fr", "11", "La réponse est un nombre entier de 1 à 5.")]
    [InlineData("en", "0", "The answer is a whole number from 1 to 5.")]
    public async Task FormPage_AScaleOutOfRange_IsSaidInTheContactsLanguageNextToTheQuestion(string culture, string mood, string expected)
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 0);
        var requestId = await PortalSeed.RequestAsync(host.Factory, seeded, dueIn: TimeSpan.FromDays(14));
        var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var path = $"/portal/{seeded.Token}/forms/{requestId}?culture={culture}";
        var token = await Forms.GetAsync(client, path);

        using var posted = await Forms.PostAsync(client, path, token, new Dictionary<string, string> { ["q.mood"] = mood, ["q.headcount"] = "12" });

        var html = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Out of range", html, StringComparison.Ordinal);
        Assert.Null(await PortalSeed.AnswerAsync(host.Factory, requestId));
        client.Dispose();
    }

    [Fact]
    public async Task Calendar_ActiveLink_IsAnIcsOfTheSessionsToCome()
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 1);
        using var client = host.Factory.CreateClient();

        using var response = await client.GetAsync($"/api/portal/{seeded.Token}/sessions.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
        var journey = await client.GetJsonAsync($"/api/portal/{seeded.Token}");
        foreach (var session in journey.GetProperty("nextSessions").EnumerateArray())
        {
            Assert.Contains($"session-{session.GetProperty("id").GetGuid():D}@cohorts", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FormPage_FileAnswer_RefusesAWrongTypeThenStoresThePdfWithTheAnswer()
    {
        var seeded = await PortalSeed.LinkAsync(host.Factory, 3);
        var formId = await PortalSeed.PublishAsync(host.Factory, seeded.ProgrammeId, PortalSeed.FileJson);
        var requestId = await PortalSeed.RequestAsync(host.Factory, seeded, formId);
        using var client = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var path = $"/portal/{seeded.Token}/forms/{requestId}";
        var antiforgery = await Forms.GetAsync(client, path);

        using var refused = await client.PostAsync(path, Upload(antiforgery, "programme.exe", "MZ not a pdf"u8.ToArray()));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("data-error-for=\"deck\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Plan 2027\"", html, StringComparison.Ordinal);
        Assert.Null(await PortalSeed.AnswerAsync(host.Factory, requestId));

        using var saved = await client.PostAsync(path, Upload(antiforgery, "plan.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var answer = await PortalSeed.AnswerAsync(host.Factory, requestId);
        Assert.NotNull(answer);
        var attachmentId = Guid.Parse(System.Text.Json.Nodes.JsonNode.Parse(answer.Json)!["deck"]!.GetValue<string>());
        using var download = await client.GetAsync($"/api/portal/{seeded.Token}/attachments/{attachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("plan.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        await using var db = await host.Factory.DomainAsync();
        Assert.Equal(1, await db.Attachments.AsNoTracking().CountAsync(a => a.Owner == AttachmentOwner.FormAnswer && a.OwnerId == requestId.ToString()));
    }

    private static byte[] Pdf => "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();

    private static MultipartFormDataContent Upload(string antiforgery, string fileName, byte[] bytes)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(antiforgery), "__RequestVerificationToken" },
            { new StringContent("Plan 2027"), "q.title" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "q.deck", fileName);
        return content;
    }

    private Task<Guid> AddDocumentAsync(PortalSeed.Seeded seeded, string name, bool shared, string? fileName = null) =>
        AddDocumentAsync(AttachmentOwner.Company, seeded.CompanyId, name, shared, fileName);

    private async Task<Guid> AddDocumentAsync(AttachmentOwner owner, Guid ownerId, string name, bool shared, string? fileName = null)
    {
        var uploader = host.Factory.Services.GetRequiredService<Cohorts.Host.Attachments.AttachmentUploader>();
        using var content = new MemoryStream(Pdf);
        var attachment = await uploader.SaveFileAsync(new NewAttachment(owner, ownerId.ToString("D"), name, shared), content, fileName ?? name, TestAccounts.Manager);
        return attachment.Id;
    }

    private async Task<Guid> CoachingSessionOfAsync(Guid companyId)
    {
        await using var db = await host.Factory.DomainAsync();
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.CoachId != null).ToListAsync();
        return sessions.First(s => s.CompanyIds.Contains(companyId)).Id;
    }
}
