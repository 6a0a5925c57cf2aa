using System.Net;
using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.FormCollection;

/// <summary>A coach answers a form on their pages, in French: every kind rendered, a wrong number kept next to its problem, then saved.</summary>
public sealed class CoachFormPageTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private static JsonObject Texts(string en, string fr) => new() { ["en"] = en, ["fr"] = fr };

    private static JsonObject Question(string id, string kind, bool required = true) =>
        new() { ["id"] = id, ["kind"] = kind, ["label"] = Texts($"Question {id}", $"Question {id}"), ["required"] = required };

    [Fact]
    public async Task Answer_AWrongNumberThenGood_ProblemNextToTheKeptInputThenSaved()
    {
        using var api = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var choice = Question("sector", "singleChoice");
        choice["options"] = new JsonArray(new JsonObject { ["id"] = "tech", ["label"] = Texts("Tech", "Tech") }, new JsonObject { ["id"] = "craft", ["label"] = Texts("Craft", "Artisanat") });
        var many = Question("needs", "multipleChoice", required: false);
        many["options"] = new JsonArray(new JsonObject { ["id"] = "finance", ["label"] = Texts("Finance", "Financement") }, new JsonObject { ["id"] = "hiring", ["label"] = Texts("Hiring", "Recrutement") });
        var amount = Question("raised", "amount", required: false);
        amount["currency"] = "EUR";
        await api.PostJsonAsync($"/api/programmes/{DemoIds.Programme}/forms", new JsonObject
        {
            ["id"] = "coach-page-form",
            ["name"] = Texts("Monthly coach report", "Bilan mensuel du coach"),
            ["questions"] = new JsonArray(
                Question("summary", "shortText"), Question("notes", "longText", required: false), choice, many, Question("mood", "scale"),
                Question("jobs", "number"), amount, Question("next", "date", required: false), Question("on-track", "yesNo"), Question("deck", "file", required: false)),
        }, HttpStatusCode.Created);
        var requestId = await AskCoachAsync(TestAccounts.CoachMartin);
        using var client = await demo.Factory.CreatePageClientAsync(TestAccounts.CoachMartin);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var page = $"/coach/forms/{requestId}";

        var list = await client.GetStringAsync("/coach/forms");
        var blank = await client.GetStringAsync(page);
        var fields = new Dictionary<string, string>
        {
            ["a.summary"] = "Bon mois",
            ["a.sector"] = "craft",
            ["a.mood"] = "4",
            ["a.jobs"] = "beaucoup",
            ["a.raised.amount"] = "12000",
            ["a.on-track"] = "true",
        };
        using var refused = await Forms.PostAsync(client, page, await Forms.GetAsync(client, page), fields);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        fields["a.jobs"] = "3";
        using var saved = await Forms.PostAsync(client, page, await Forms.GetAsync(client, page), fields);

        Assert.Contains($"/coach/forms/{requestId}", list, StringComparison.Ordinal);
        Assert.Contains("Bilan mensuel du coach", list, StringComparison.Ordinal);
        foreach (var input in new[] { "name=\"a.notes\"", "type=\"radio\" name=\"a.sector\"", "type=\"checkbox\" name=\"a.needs\"", "name=\"a.mood\" value=\"5\"", "name=\"a.raised.amount\"", "type=\"date\" name=\"a.next\"", "name=\"a.on-track\" value=\"false\"", "name=\"a.deck\"" })
        {
            Assert.Contains(input, blank, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("data-question=\"jobs\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("name=\"a.jobs\" value=\"beaucoup\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("rien n’a été enregistré", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var answer = JsonNode.Parse((await db.FormAnswers.AsNoTracking().SingleAsync(a => a.RequestId == requestId)).Json)!;
        Assert.Equal((3m, true, 12000m, "EUR"), (answer["jobs"]!.GetValue<decimal>(), answer["on-track"]!.GetValue<bool>(), answer["raised"]!["amount"]!.GetValue<decimal>(), (string?)answer["raised"]!["currency"]));
    }

    private async Task<Guid> AskCoachAsync(string coachEmail)
    {
        await using var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var coach = await db.Coaches.AsNoTracking().FirstAsync(c => c.Email == coachEmail);
        var now = demo.Clock.GetUtcNow();
        var request = new FormRequest(Guid.CreateVersion7(now), DemoIds.Programme, "coach-page-form", 1, RespondentKind.Coach, now)
        {
            CohortId = coach.CohortId,
            CoachId = coach.Id,
            RespondentEmail = coach.Email,
            RespondentName = coach.Name,
            DueAt = now.AddDays(14),
        };
        db.FormRequests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }
}
