using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests;

public sealed class AuthenticationTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Token_DemoCoach_AnswersBearerTokenThatShowsTheirCohorts()
    {
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);

        using var me = JsonDocument.Parse(await client.GetStringAsync("/api/me"));

        Assert.Equal(TestAccounts.CoachLeroy, me.RootElement.GetProperty("email").GetString());
        Assert.Equal(["coach"], me.RootElement.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(2, me.RootElement.GetProperty("coachIds").GetArrayLength()); // Les bâtisseurs and the OpenLab
    }

    [Fact]
    public async Task Token_WrongPassword_Answers401ProblemDetails()
    {
        using var client = demo.Factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email = TestAccounts.Manager, password = "not-the-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Token_MissingFields_Answers400NamingEachField()
    {
        using var client = demo.Factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Api_WithoutSignIn_Answers401ProblemDetails()
    {
        using var client = demo.Factory.CreateClient();

        using var response = await client.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_DemoManager_SetsCookieAndHomeShowsTheirInbox()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);

        using var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.Contains("<h1>To do</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/manage/programmes\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsTheFormAgainWithAMessage()
    {
        using var client = demo.Factory.CreateClient();
        var token = await Forms.GetAsync(client, "/account/login");

        using var response = await Forms.PostAsync(client, "/account/login", token, new Dictionary<string, string> { ["Input.Email"] = TestAccounts.Manager, ["Input.Password"] = "wrong" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong e-mail address or password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_CoachOpensManagerFolder_IsRefused()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);

        using var response = await client.GetAsync("/manage/cohorts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_InFrench_ShowsFrenchTexts()
    {
        using var client = demo.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        var html = await client.GetStringAsync("/account/login");

        Assert.Contains("Se connecter", html, StringComparison.Ordinal);
        Assert.Contains("Adresse e-mail", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_ProjectException_AnswersProblemDetailsWithTheFieldNotTheErrorPage()
    {
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        // UserAccess throws a not-found DomainRuleException naming the field; the host's handler must answer it.
        using var response = await client.GetAsync($"/api/companies/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("companyId", out _));
    }

    [Fact]
    public async Task ApiWrite_WithOnlyTheSignInCookie_Answers401AndChangesNothing()
    {
        // A browser sends the cookie on any site's request: API writes (no antiforgery token) need the bearer token.
        using var page = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachBenali);
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachBenali);
        var before = await api.GetStringAsync("/api/coach/calendar.ics");

        using var write = await page.PostAsync("/api/coach/calendar-token", content: null);
        using var read = await page.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode); // the cookie still reads
        Assert.Equal(before, await api.GetStringAsync("/api/coach/calendar.ics"));
    }
}
