using System.Net;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Coach;

/// <summary>The coach pages: my week (English and French), recording an outcome through the form, my companies.</summary>
public sealed class CoachPagesTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    // The fixture's clock is Monday 16 March 2026, 09:00 UTC (10:00 in Paris).
    private static readonly DateTimeOffset TwoWeeksAgo = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TomorrowTenInParis = new(2026, 3, 17, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Week_English_ShowsOverdueSessionsFirstThenTheNextDaysHumanized()
    {
        var late = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, TwoWeeksAgo, "Overdue session of Martin");
        var upcoming = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, TomorrowTenInParis, "Upcoming session of Martin");
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);

        var html = await ReadAsync(client, "/coach/week");

        Assert.Contains("<h1>My week</h1>", html, StringComparison.Ordinal);
        var overdue = Row(html, late.Title);
        Assert.Contains("class=\"late\"", overdue, StringComparison.Ordinal);
        Assert.Contains("2 weeks overdue", overdue, StringComparison.Ordinal);
        Assert.Contains($"href=\"/coach/sessions/{late.Id}\"", overdue, StringComparison.Ordinal);
        Assert.Contains("tomorrow at 10:00", Row(html, upcoming.Title), StringComparison.Ordinal);
        Assert.True(html.IndexOf(late.Title, StringComparison.Ordinal) < html.IndexOf(upcoming.Title, StringComparison.Ordinal));
        Assert.Contains($"{CohortsHostFactory.PublicBaseUrl}/api/calendar/{await TokenOfAsync(TestAccounts.CoachMartin)}.ics", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Overdue session of Benali", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionPage_BeforeTheSessionTakesPlace_OffersNoOutcomeFormAndARecordingPostedAnywayIsRefusedInWords()
    {
        var upcoming = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, TomorrowTenInParis, "Not yet held");
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        var path = $"/coach/sessions/{upcoming.Id}";

        var html = await ReadAsync(client, path);
        Assert.Contains("id=\"not-yet\"", html, StringComparison.Ordinal);
        Assert.Contains("Its outcome can be recorded once it has taken place (", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"outcome-form\"", html, StringComparison.Ordinal);

        var token = await Forms.GetAsync(client, path);
        using var posted = await Forms.PostAsync(client, path, token, new Dictionary<string, string>
        {
            ["Form.Attendance[0].CompanyId"] = upcoming.CompanyIds[0].ToString(),
            ["Form.Attendance[0].Present"] = "true",
            ["Form.Notes"] = "Recorded too early.",
        });
        var refused = System.Net.WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("This session has not taken place yet: record its outcome once it has.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("is planned for 2026", refused, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Week_French_ShowsOverdueSessionsHumanizedInFrench()
    {
        var late = await demo.Factory.PlanSessionAsync(TestAccounts.CoachBenali, TwoWeeksAgo, "Overdue session of Benali");
        var upcoming = await demo.Factory.PlanSessionAsync(TestAccounts.CoachBenali, TomorrowTenInParis, "Upcoming session of Benali");
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachBenali);

        var html = await ReadAsync(client, "/coach/week?culture=fr");

        Assert.Contains("<h1>Ma semaine</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Comptes rendus à saisir", html, StringComparison.Ordinal);
        Assert.Contains("en retard de 2\u00a0semaines", Row(html, late.Title), StringComparison.Ordinal);
        Assert.Contains("Saisir le compte rendu", Row(html, late.Title), StringComparison.Ordinal);
        Assert.Contains("demain à 10\u00a0h", Row(html, upcoming.Title), StringComparison.Ordinal);
        Assert.Contains("Adresse d’abonnement", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Week_NewAddress_ReplacesTheCalendarAddress()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachLeroy);
        var old = await TokenOfAsync(TestAccounts.CoachLeroy);
        var form = await Forms.GetAsync(client, "/coach/week");

        using var response = await Forms.PostAsync(client, "/coach/week?handler=NewAddress", form, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var renewed = await TokenOfAsync(TestAccounts.CoachLeroy);
        Assert.NotEqual(old, renewed);
        var html = await ReadAsync(client, response.Headers.Location!.OriginalString);
        Assert.Contains("Your calendar has a new address", html, StringComparison.Ordinal);
        Assert.Contains($"/api/calendar/{renewed}.ics", html, StringComparison.Ordinal);
        Assert.DoesNotContain(old, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_PostForm_RecordsTheOutcomeAndRedirectsToTheWeekWithANotice()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachLeroy, TwoWeeksAgo, "Session recorded through the page");
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachLeroy);
        var path = $"/coach/sessions/{session.Id}";
        var form = await Forms.GetAsync(client, path);

        using var response = await Forms.PostAsync(client, path, form, Fields(session, notes: "Value proposition workshop.", owner: "Sophie"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/coach/week", response.Headers.Location?.OriginalString);
        var stored = (await demo.Factory.SessionAsync(session.Id)).Outcome;
        Assert.NotNull(stored);
        Assert.Equal("Value proposition workshop.", stored.Notes);
        Assert.Equal(TestAccounts.CoachLeroy, stored.RecordedBy);
        Assert.True(Assert.Single(stored.Attendance).Present);
        var action = Assert.Single(stored.Actions); // the two blank rows are left out
        Assert.Equal(("Test the new offer with three customers", "Sophie", new DateOnly(2026, 4, 1)), (action.Description, action.Owner, action.DueOn));
        var week = await ReadAsync(client, "/coach/week");
        Assert.Contains("Outcome recorded", week, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/coach/sessions/{session.Id}\"", week, StringComparison.Ordinal);
        var page = await ReadAsync(client, path);
        Assert.Contains("Value proposition workshop.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"outcome-form\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_PostBlankNotesAndOwner_ShowsEachErrorNextToItsFieldAndKeepsTheInput()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, TwoWeeksAgo, "Session with a bad form");
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        var path = $"/coach/sessions/{session.Id}";
        var form = await Forms.GetAsync(client, path);

        using var response = await Forms.PostAsync(client, path, form, Fields(session, notes: " ", owner: ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-valmsg-for=\"Form.Notes\" data-valmsg-replace=\"true\">Write a few words on what was done and said.", html, StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Form.Actions[0].Owner\" data-valmsg-replace=\"true\">Say who does it.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Test the new offer with three customers\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-04-01\"", html, StringComparison.Ordinal);
        Assert.Matches("checked=\"checked\"[^>]*name=\"Form.Attendance\\[0\\].Present\"|name=\"Form.Attendance\\[0\\].Present\"[^>]*checked=\"checked\"", html);
        Assert.Null((await demo.Factory.SessionAsync(session.Id)).Outcome);
    }

    [Fact]
    public async Task Session_PostInFrench_ShowsTheErrorsInFrench()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, TwoWeeksAgo, "Session with a bad French form");
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        var path = $"/coach/sessions/{session.Id}?culture=fr";
        var form = await Forms.GetAsync(client, path);

        using var response = await Forms.PostAsync(client, path, form, Fields(session, notes: "", owner: ""));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Saisir le compte rendu", html, StringComparison.Ordinal);
        Assert.Contains("Écrivez quelques mots sur ce qui a été fait et dit.", html, StringComparison.Ordinal);
        Assert.Contains("Dites qui s’en charge.", html, StringComparison.Ordinal);

        // The change forms speak to the coach reading them.
        Assert.Contains("Vous et l’entreprise en êtes informés par e-mail, avec ce motif.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Le coach et l’entreprise", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_PostRecordedTwice_ShowsTheErrorAndKeepsTheInput()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, TwoWeeksAgo, "Session recorded by the API first");
        using var page = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        var path = $"/coach/sessions/{session.Id}";
        var form = await Forms.GetAsync(page, path);
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);
        var (recorded, _) = await api.PostJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session, "Recorded through the API."));
        Assert.Equal(HttpStatusCode.OK, recorded);

        using var response = await Forms.PostAsync(page, path, form, Fields(session, notes: "My own notes, typed meanwhile.", owner: "Julien"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"The outcome of this session was recorded already, by {TestAccounts.CoachMartin}.", html, StringComparison.Ordinal);
        Assert.Contains("My own notes, typed meanwhile.", html, StringComparison.Ordinal);
        Assert.Contains("Recorded through the API.", html, StringComparison.Ordinal);
        Assert.Equal("Recorded through the API.", (await demo.Factory.SessionAsync(session.Id)).Outcome?.Notes);
    }

    [Fact]
    public async Task Session_PostMalformedDate_ShowsTheErrorAndRecordsNothing()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, TwoWeeksAgo, "Session with a malformed date");
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        var path = $"/coach/sessions/{session.Id}";
        var form = await Forms.GetAsync(client, path);
        var fields = Fields(session, notes: "Fine notes.", owner: "Julien");
        fields["Form.Actions[0].DueOn"] = "next Tuesday";

        using var response = await Forms.PostAsync(client, path, form, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-valmsg-for=\"Form.Actions[0].DueOn\" data-valmsg-replace=\"true\">'next Tuesday' cannot be read here.", html, StringComparison.Ordinal);
        Assert.Contains("Fine notes.", html, StringComparison.Ordinal);
        Assert.Null((await demo.Factory.SessionAsync(session.Id)).Outcome);
    }

    [Fact]
    public async Task Session_AnotherCoach_IsRefused()
    {
        var session = (await demo.Factory.SessionsOfAsync(TestAccounts.CoachMartin)).First();
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachBenali);

        using var response = await client.GetAsync($"/coach/sessions/{session.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Session_Unknown_Answers404()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);

        using var response = await client.GetAsync($"/coach/sessions/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/coach/week")]
    [InlineData("/coach/companies")]
    public async Task CoachPages_Funder_AreRefused(string path)
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Funder);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Companies_English_ListsTheirCompaniesWithHumanizedCounts()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);

        var html = await ReadAsync(client, "/coach/companies");

        var companies = await demo.Factory.CompaniesOfAsync(TestAccounts.CoachMartin);
        var sessions = await demo.Factory.SessionsOfAsync(TestAccounts.CoachMartin);
        Assert.All(companies, c => Assert.Contains(c.Name, html, StringComparison.Ordinal));
        var first = companies.OrderBy(c => c.Name, StringComparer.CurrentCulture).First();
        var held = sessions.Count(s => s.IsHeld && s.CompanyIds.Contains(first.Id));
        Assert.Contains($"{held} sessions", Row(html, first.Name), StringComparison.Ordinal);
        Assert.Contains("Coached", html, StringComparison.Ordinal);
        var others = await demo.Factory.CompaniesOfAsync(TestAccounts.CoachLeroy);
        Assert.All(others, c => Assert.DoesNotContain(c.Name, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Companies_French_ShowsFrenchCounts()
    {
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);

        var html = await ReadAsync(client, "/coach/companies?culture=fr");

        Assert.Contains("<h1>Mes entreprises</h1>", html, StringComparison.Ordinal);
        Assert.Contains("\u00a0séances", html, StringComparison.Ordinal); // a count: "12 séances"
        Assert.Contains("Accompagnée", html, StringComparison.Ordinal);
        Assert.Contains("industrie", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(Workflows.Domain.Session session, string notes, string owner) => new()
    {
        ["Form.Attendance[0].CompanyId"] = session.CompanyIds[0].ToString(),
        ["Form.Attendance[0].Present"] = "true",
        ["Form.Notes"] = notes,
        ["Form.Actions[0].Description"] = "Test the new offer with three customers",
        ["Form.Actions[0].Owner"] = owner,
        ["Form.Actions[0].DueOn"] = "2026-04-01",
        ["Form.Actions[1].Description"] = "",
        ["Form.Actions[1].Owner"] = "",
        ["Form.Actions[1].DueOn"] = "",
    };

    /// <summary>Reads a page as text (Razor encodes accented letters as character references).</summary>
    private static async Task<string> ReadAsync(HttpClient client, string path) => WebUtility.HtmlDecode(await client.GetStringAsync(path));

    /// <summary>The table row of the page that holds <paramref name="text"/>.</summary>
    private static string Row(string html, string text)
    {
        var at = html.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is not on the page.");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        var end = html.IndexOf("</tr>", at, StringComparison.Ordinal);
        return html[start..end];
    }

    private async Task<string> TokenOfAsync(string email)
    {
        await using var scope = demo.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>();
        return (await users.FindByEmailAsync(email))!.CalendarToken;
    }
}
