using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Evaluations;

/// <summary>Applications and rounds refused: every bad input named by its JSON path, nothing stored; 403 and 404 as elsewhere; a closed call.</summary>
public sealed class ScreeningRefusalTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Submit_BadFieldsAnswersAndATakenName_EachByItsPathAndNothingStored()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var (cohortId, token) = await ScreeningData.OpenCallAsync(demo.Factory, manager);
        using var visitor = demo.Factory.CreateClient();
        var bad = ScreeningData.Applicant("Verrerie Ouest");
        bad["name"] = new string('x', 201);
        bad.Remove("headcount");
        bad["contactEmail"] = "pas-une-adresse";
        bad["answers"]!["revenue"] = new JsonObject { ["amount"] = 10 };
        bad["answers"]!["stage"] = "mining";
        bad["answers"]!.AsObject().Remove("funded");
        bad["answers"]!["unknown"] = "?";

        using var refused = await visitor.PostAsJsonAsync($"/api/applications/{token}", bad);
        var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "name");
        Assert.Equal(
            ["answers.funded", "answers.revenue", "answers.stage", "answers.unknown", "contactEmail", "headcount", "name"],
            problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        var existing = (await manager.GetJsonAsync($"/api/cohorts/{cohortId}/board")).GetProperty("rows").EnumerateArray().First().GetProperty("name").GetString()!;
        using var taken = await visitor.PostAsJsonAsync($"/api/applications/{token}", ScreeningData.Applicant(existing.ToUpperInvariant()));
        await taken.AssertProblemAsync(HttpStatusCode.Conflict, "name");
        using var unknown = await visitor.GetAsync("/api/applications/not-a-token");
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, "token");
        Assert.Empty((await manager.GetJsonAsync($"/api/cohorts/{cohortId}/applications")).GetProperty("applications").EnumerateArray());
    }

    [Fact]
    public async Task Call_ClosedThenReopenedThenRenewed_TakesApplicationsOnlyWhileOpenOnItsCurrentLink()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var (cohortId, token) = await ScreeningData.OpenCallAsync(demo.Factory, manager);
        using var visitor = demo.Factory.CreateClient();
        var call = $"/api/cohorts/{cohortId}/applications/call";

        await manager.PostJsonAsync($"{call}/close", new { }, HttpStatusCode.OK);
        using (var closed = await visitor.PostAsJsonAsync($"/api/applications/{token}", ScreeningData.Applicant("Fermée SARL")))
        {
            await closed.AssertProblemAsync(HttpStatusCode.BadRequest, "token");
        }

        using (var past = await manager.PostAsJsonAsync($"{call}/reopen", new { closesAt = DemoHostFixture.Now.AddDays(-1) }))
        {
            await past.AssertProblemAsync(HttpStatusCode.BadRequest, "closesAt");
        }

        await manager.PostJsonAsync($"{call}/reopen", new { closesAt = DemoHostFixture.Now.AddDays(10) }, HttpStatusCode.OK);
        await visitor.PostJsonAsync($"/api/applications/{token}", ScreeningData.Applicant("Rouverte SARL"), HttpStatusCode.Created);
        var renewed = await manager.PostJsonAsync(call, new { formId = ScreeningData.FormId }, HttpStatusCode.Created);
        using (var old = await visitor.GetAsync($"/api/applications/{token}"))
        {
            await old.AssertProblemAsync(HttpStatusCode.NotFound, "token");
        }

        await visitor.GetJsonAsync($"/api/applications/{renewed.GetProperty("token").GetString()}");
        using var noForm = await manager.PostAsJsonAsync(call, new { formId = "nothing" });
        await noForm.AssertProblemAsync(HttpStatusCode.NotFound, "formId");
        await using var db = await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        Assert.Equal(
            ["application.call-opened", "application.call-closed", "application.call-reopened", "application.call-opened"],
            (await db.AuditEntries.AsNoTracking().Where(e => e.CohortId == cohortId && e.Action.StartsWith("application.call")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()).TakeLast(4));
    }

    [Fact]
    public async Task RoundsAndScores_BadInputAndOthersAccess_NamedByPath403And404()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var (cohortId, token) = await ScreeningData.OpenCallAsync(demo.Factory, manager);
        using var visitor = demo.Factory.CreateClient();
        var company = (await visitor.PostJsonAsync($"/api/applications/{token}", ScreeningData.Applicant("Scierie Est"), HttpStatusCode.Created)).GetProperty("companyId").GetGuid();
        var rounds = $"/api/cohorts/{cohortId}/evaluations/rounds";

        var plan = ScreeningData.Round(string.Empty, ScreeningData.Evaluator("pas-une-adresse"), ScreeningData.Evaluator(TestAccounts.Manager, Guid.NewGuid()));
        plan["criteria"]![0]!["weight"] = 0;
        plan["criteria"]![1]!["id"] = "innovation";
        plan["criteria"]![1]!["max"] = 1;
        using (var badPlan = await manager.PostAsJsonAsync(rounds, plan))
        {
            var problem = await badPlan.AssertProblemAsync(HttpStatusCode.BadRequest, "name");
            Assert.Equal(
                ["criteria[0].weight", "criteria[1].id", "criteria[1].max", "evaluators[0].email", "name"],
                problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }

        using (var notInRound = await manager.PostAsJsonAsync(rounds, ScreeningData.Round("Dossier", ScreeningData.Evaluator(TestAccounts.Manager, Guid.NewGuid()))))
        {
            await notInRound.AssertProblemAsync(HttpStatusCode.BadRequest, "evaluators[0].companyIds[0]");
        }

        Assert.Empty((await manager.GetJsonAsync(rounds)).EnumerateArray());
        var round = (await manager.PostJsonAsync(rounds, ScreeningData.Round("Dossier", ScreeningData.Evaluator(TestAccounts.Manager)), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using (var second = await manager.PostAsJsonAsync(rounds, ScreeningData.Round("Oral", ScreeningData.Evaluator(TestAccounts.Manager))))
        {
            var problem = await second.AssertProblemAsync(HttpStatusCode.Conflict, "cohortId");

            // Not a repeat: what is recorded (a round still open) rules it out, and the title says no more than that.
            Assert.Equal("Conflicts with what is recorded", problem.GetProperty("title").GetString());
        }

        var scores = $"/api/evaluations/rounds/{round}/applications/{company}/scores";
        using (var outOfScale = await manager.PutAsJsonAsync(scores, new { scores = new object[] { new { criterionId = "team", value = 9 }, new { criterionId = "vision", value = 3 } } }))
        {
            var problem = await outOfScale.AssertProblemAsync(HttpStatusCode.BadRequest, "scores[0].value");
            Assert.Equal(["scores[0].value", "scores[1].criterionId"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }

        using (var longComment = await manager.PutAsJsonAsync(scores, new { scores = new object[] { new { criterionId = "innovation", value = 3, comment = new string('c', 2001) } } }))
        {
            await longComment.AssertProblemAsync(HttpStatusCode.BadRequest, "scores[0].comment");
        }

        var summary = await manager.GetJsonAsync($"/api/evaluations/rounds/{round}");
        Assert.Contains(TestAccounts.Manager, summary.GetProperty("applications").EnumerateArray().Single(a => a.GetProperty("companyId").GetGuid() == company).GetProperty("missing").EnumerateArray().Select(m => m.GetString()));

        var other = $"autre-{Guid.NewGuid():N}@example.fr";
        await demo.Factory.CreateUserAsync(other, CohortsRoles.Manager);
        using var otherManager = await demo.Factory.CreateApiClientAsync(other);
        using var funder = await demo.Factory.CreateApiClientAsync(TestAccounts.Funder);
        using var read = await otherManager.GetAsync($"/api/evaluations/rounds/{round}");
        using var close = await otherManager.PostAsJsonAsync($"/api/evaluations/rounds/{round}/close", new { });
        using var score = await funder.PutAsJsonAsync(scores, ScreeningData.Scores(3, 3));
        using var list = await otherManager.GetAsync($"/api/cohorts/{cohortId}/applications");
        using var missing = await manager.GetAsync($"/api/evaluations/rounds/{Guid.NewGuid()}");
        using var anonymous = await visitor.GetAsync("/api/evaluations/assignments");
        Assert.Equal(
            [HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized],
            new[] { read, close, score, list, missing, anonymous }.Select(r => r.StatusCode));
        using var badAdvance = await manager.PostAsJsonAsync($"/api/evaluations/rounds/{round}/close", new { advance = new[] { Guid.NewGuid() } });
        await badAdvance.AssertProblemAsync(HttpStatusCode.BadRequest, "advance[0]");
        Assert.False((await manager.GetJsonAsync($"/api/evaluations/rounds/{round}")).GetProperty("round").TryGetProperty("closedAt", out var closedAt) && closedAt.ValueKind != System.Text.Json.JsonValueKind.Null);
    }
}
