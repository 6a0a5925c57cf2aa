using System.Net;
using System.Net.Http.Json;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>The programme authoring pages without a browser: a cohort's own targets, refused then saved, and archiving, in French.</summary>
public sealed class ProgrammeAuthoringPageTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Theory]
    [InlineData("en", "A whole number of minutes, from 15 to 480.")]
    [InlineData("fr", "Un nombre entier de minutes, de 15 à 480.")]
    public async Task ProgrammeEditPage_SessionOfNoMinutes_SaysTheRangeNextToTheFieldAndKeepsTheInput(string language, string message)
    {
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var created = await api.PostAsJsonAsync("/api/programmes", new { name = $"Minutes {language} {Guid.NewGuid():N}", durationMonths = 12 });
        var id = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var path = $"/manage/programmes/{id}/edit?culture={language}";
        var token = await Forms.GetAsync(client, path);

        using var refused = await Forms.PostAsync(client, path, token, new Dictionary<string, string>
        {
            ["Form.Name"] = "Minutes",
            ["Form.DurationMonths"] = "12",
            ["Form.TimeZone"] = "Europe/Paris",
            ["Form.SessionMinutes"] = "0",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("data-valmsg-for=\"Form.SessionMinutes\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Form_SessionMinutes\" name=\"Form.SessionMinutes\" value=\"0\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "'garbage' cannot be read here.")]
    [InlineData("fr", "«\u00a0garbage\u00a0» ne peut pas être lu ici.")]
    public async Task ProgrammeEditPage_UnreadableTick_IsRefusedNextToItAndNothingChanges(string language, string message)
    {
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        using var created = await api.PostAsJsonAsync("/api/programmes", new { name = $"Tick {language} {Guid.NewGuid():N}", durationMonths = 12 });
        var id = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        var path = $"/manage/programmes/{id}/edit?culture={language}";
        var token = await Forms.GetAsync(client, path);
        Dictionary<string, string> Form(string tick) => new()
        {
            ["Form.Name"] = $"Tick {language}",
            ["Form.DurationMonths"] = "12",
            ["Form.TimeZone"] = "Europe/Paris",
            ["Form.ExcludeWeekends"] = tick,
            ["Form.SessionMinutes"] = "60",
        };

        using var saved = await Forms.PostAsync(client, path, token, Form("true"));
        using var refused = await Forms.PostAsync(client, path, token, Form("garbage"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains($"data-valmsg-for=\"Form.ExcludeWeekends\"", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.True((await api.GetJsonAsync($"/api/programmes/{id}/settings")).GetProperty("calendar").GetProperty("excludeWeekends").GetBoolean());
    }

    [Fact]
    public async Task CohortSettingsPage_BadThenGoodTargetsAndArchive_InFrench()
    {
        var ids = await DemoIds.ReadAsync(demo.Factory);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var path = $"/manage/cohorts/{ids.Batisseurs}/settings";
        var token = await Forms.GetAsync(client, path);

        using var refused = await Forms.PostAsync(client, path, token, new Dictionary<string, string> { ["Targets[SessionsHeld]"] = "beaucoup", ["Targets[Visitors]"] = "12" });
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        using var tooHigh = await Forms.PostAsync(client, path, token, new Dictionary<string, string> { ["Targets[AttendanceRate]"] = "120" });
        var tooHighHtml = WebUtility.HtmlDecode(await tooHigh.Content.ReadAsStringAsync());
        using var saved = await Forms.PostAsync(client, path, token, new Dictionary<string, string> { ["Targets[SessionsHeld]"] = "150" });
        var savedHtml = WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync());
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var progress = await manager.GetJsonAsync($"/api/cohorts/{ids.Batisseurs}/progress");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Objectifs et archivage des bâtisseurs", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("Un nombre, ou rien pour garder l’objectif du programme.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"beaucoup\"", refusedHtml, StringComparison.Ordinal); // kept as typed
        Assert.Contains("Un nombre de 1 à 100 (120 saisi).", tooHighHtml, StringComparison.Ordinal);
        Assert.Contains("Les objectifs de la promotion sont enregistrés", savedHtml, StringComparison.Ordinal);
        Assert.Equal(150m, progress.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("kpi").GetString() == "sessionsHeld").GetProperty("target").GetDecimal());

        using var archived = await Forms.PostAsync(client, $"{path}?handler=Archive", token, new Dictionary<string, string> { ["archived"] = "true" });
        var cohorts = WebUtility.HtmlDecode(await client.GetStringAsync("/manage/cohorts"));
        var all = WebUtility.HtmlDecode(await client.GetStringAsync("/manage/cohorts?archived=true"));
        using var restored = await Forms.PostAsync(client, $"{path}?handler=Archive", token, new Dictionary<string, string> { ["archived"] = "false" });

        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.DoesNotContain("Les bâtisseurs", cohorts, StringComparison.Ordinal);
        Assert.Contains("Les bâtisseurs", all, StringComparison.Ordinal);
        Assert.Contains("Les bâtisseurs", WebUtility.HtmlDecode(await client.GetStringAsync("/manage/cohorts")), StringComparison.Ordinal);
    }
}
