using System.Net;
using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.FormCollection;

/// <summary>The manager's forms page of a cohort, in French: a refused send keeps the choice and says why next to the field; a sent form lists every company asked.</summary>
public sealed class CohortFormsPageTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private static JsonObject Texts(string en, string fr) => new() { ["en"] = en, ["fr"] = fr };

    [Fact]
    public async Task SendNow_PastDueThenGood_ErrorNextToTheFieldThenEveryCompanyListedAsWaiting()
    {
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        await api.PostJsonAsync($"/api/programmes/{DemoIds.Programme}/forms", new JsonObject
        {
            ["id"] = "page-check-in",
            ["name"] = Texts("Check-in", "Point d'étape"),
            ["questions"] = new JsonArray(new JsonObject { ["id"] = "ok", ["kind"] = "yesNo", ["label"] = Texts("All right?", "Tout va bien\u202f?") }),
        }, HttpStatusCode.Created);
        var ids = await DemoIds.ReadAsync(demo.Factory);
        var page = $"/manage/cohorts/{ids.Batisseurs}/forms";
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.Manager);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");

        var empty = await client.GetStringAsync(page);
        using var refused = await Forms.PostAsync(client, $"{page}?handler=Send", await Forms.GetAsync(client, page), new Dictionary<string, string>
        {
            ["FormId"] = "page-check-in",
            ["DueDate"] = "2026-03-01",
        });
        var refusedHtml = await refused.Content.ReadAsStringAsync();

        // A due day that cannot be read is said next to it, and nothing is sent (it was ignored: sent with no due day).
        using var unreadable = await Forms.PostAsync(client, $"{page}?handler=Send", await Forms.GetAsync(client, page), new Dictionary<string, string>
        {
            ["FormId"] = "page-check-in",
            ["DueDate"] = "2026-02-30",
        });
        Assert.Equal(HttpStatusCode.OK, unreadable.StatusCode);
        Assert.Contains("«\u00a02026-02-30\u00a0» ne peut pas être lu ici.", WebUtility.HtmlDecode(await unreadable.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using (var none = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync())
        {
            Assert.False(await none.FormRequests.AnyAsync(r => r.FormId == "page-check-in"));
        }

        using var sent = await Forms.PostAsync(client, $"{page}?handler=Send", await Forms.GetAsync(client, page), new Dictionary<string, string> { ["FormId"] = "page-check-in" });
        var listed = await client.GetStringAsync(sent.Headers.Location!.OriginalString);

        Assert.Contains("Aucun formulaire n’a encore été envoyé à cette promotion.", empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("La date attendue doit être à venir.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-03-01\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("<option value=\"page-check-in\" selected=\"selected\">", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await using var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var asked = await db.FormRequests.AsNoTracking().Where(r => r.FormId == "page-check-in").Select(r => r.RespondentName!).ToListAsync();
        Assert.NotEmpty(asked);
        Assert.All(asked, name => Assert.Contains(name, WebUtility.HtmlDecode(listed), StringComparison.Ordinal));
        Assert.Contains("En attente", listed, StringComparison.Ordinal);
        Assert.Contains($"/manage/cohorts/{ids.Batisseurs}/forms", await client.GetStringAsync($"/manage/cohorts/{ids.Batisseurs}"), StringComparison.Ordinal);
    }
}
