using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Evaluations;

/// <summary>
/// The done-when of issue 16's scored screening, through the HTTP API on a demo host and its SQLite file: an
/// application form fills a cohort whose applicants are scored by two evaluators in two rounds, then decided.
/// </summary>
public sealed class ScreeningApiTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const string Evaluatrice = "claire.evaluatrice@example.fr";

    [Fact]
    public async Task ApplicationForm_TwoEvaluatorsInTwoRounds_FillsTheCohortAndDecidesEachApplicant()
    {
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var (cohortId, token) = await ScreeningData.OpenCallAsync(demo.Factory, manager);
        using var visitor = demo.Factory.CreateClient();

        // The public form, in French.
        var form = await visitor.GetJsonAsync($"/api/applications/{token}?culture=fr");
        Assert.Equal(("Candidature", "fr", "Les bâtisseurs"), (form.GetProperty("name").GetString(), form.GetProperty("language").GetString(), form.GetProperty("cohortName").GetString()));
        Assert.Equal("Déjà financée ?", form.GetProperty("questions").EnumerateArray().Last().GetProperty("label").GetString());

        // Three applicants; each is a company of the cohort, its journey waiting at screening.
        var ids = new Dictionary<string, Guid>();
        foreach (var name in new[] { "Atelier Lumière", "Brasserie Nova", "Céramiques Sud" })
        {
            var created = await visitor.PostJsonAsync($"/api/applications/{token}?culture=fr", ScreeningData.Applicant(name), HttpStatusCode.Created);
            Assert.Equal("Applied", created.GetProperty("status").GetString());
            ids[name] = created.GetProperty("companyId").GetGuid();
        }

        var (a, b, c) = (ids["Atelier Lumière"], ids["Brasserie Nova"], ids["Céramiques Sud"]);
        var applications = await manager.GetJsonAsync($"/api/cohorts/{cohortId}/applications");
        Assert.True(applications.GetProperty("call").GetProperty("open").GetBoolean());
        var listed = applications.GetProperty("applications").EnumerateArray().ToList();
        Assert.Equal(3, listed.Count);
        Assert.All(listed, l => Assert.Equal((ScreeningData.FormId, 1, "fr"), (l.GetProperty("formId").GetString(), l.GetProperty("formVersion").GetInt32(), "fr")));
        Assert.Equal("market", listed.Single(l => l.GetProperty("companyId").GetGuid() == a).GetProperty("answers").GetProperty("stage").GetString());
        var board = await manager.GetJsonAsync($"/api/cohorts/{cohortId}/board");
        Assert.Contains(board.GetProperty("rows").EnumerateArray(), r => r.GetProperty("companyId").GetGuid() == b);

        // Round 1: the manager and an evaluator invited for it score every applicant.
        var round1 = await manager.PostJsonAsync(
            $"/api/cohorts/{cohortId}/evaluations/rounds",
            ScreeningData.Round("Dossier", ScreeningData.Evaluator(TestAccounts.Manager), ScreeningData.Evaluator(Evaluatrice)),
            HttpStatusCode.Created);
        var round1Id = round1.GetProperty("id").GetGuid();
        Assert.Equal(1, round1.GetProperty("number").GetInt32());
        await using (var db = await DomainAsync())
        {
            Assert.True(await db.OutgoingMessages.AnyAsync(m => m.Recipient == Evaluatrice && m.Kind == "invitation"));
        }

        await demo.Factory.CreateUserAsync(Evaluatrice, CohortsRoles.Evaluator); // as accepting the invitation does
        using var evaluator = await demo.Factory.CreateApiClientAsync(Evaluatrice);
        var mine = (await evaluator.GetJsonAsync("/api/evaluations/assignments")).EnumerateArray().Select(x => x.GetProperty("companyId").GetGuid()).ToList();
        Assert.Superset(new HashSet<Guid> { a, b, c }, mine.ToHashSet());
        var waiting = (await evaluator.GetJsonAsync("/api/inbox")).EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "application-to-score").Select(i => i.GetProperty("link").GetString()).ToList();
        Assert.Contains($"/evaluations/{round1Id}/{a}", waiting);

        string Scores(Guid round, Guid company) => $"/api/evaluations/rounds/{round}/applications/{company}/scores";
        await evaluator.PutJsonAsync(Scores(round1Id, a), ScreeningData.Scores(5, 4, "Très prometteur."), HttpStatusCode.OK);
        await evaluator.PutJsonAsync(Scores(round1Id, b), ScreeningData.Scores(2, 3), HttpStatusCode.OK);
        await manager.PutJsonAsync(Scores(round1Id, a), ScreeningData.Scores(4, 4), HttpStatusCode.OK);
        await manager.PutJsonAsync(Scores(round1Id, b), ScreeningData.Scores(3, 2), HttpStatusCode.OK);
        await manager.PutJsonAsync(Scores(round1Id, c), ScreeningData.Scores(1, 2), HttpStatusCode.OK);

        var summary1 = await manager.GetJsonAsync($"/api/evaluations/rounds/{round1Id}");
        var rowA = Row(summary1, a);
        Assert.Equal((83.34m, 75m, 91.67m), (rowA.GetProperty("average").GetDecimal(), rowA.GetProperty("lowest").GetDecimal(), rowA.GetProperty("highest").GetDecimal()));
        Assert.InRange(rowA.GetProperty("standardDeviation").GetDecimal(), 8.33m, 8.34m);
        Assert.Equal([Evaluatrice], Row(summary1, c).GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(8.33m, Row(summary1, c).GetProperty("average").GetDecimal()); // the manager's alone: (2 × 0 % + 25 %) / 3
        Assert.Equal("Très prometteur.", rowA.GetProperty("evaluators").EnumerateArray().Single(e => e.GetProperty("email").GetString() == Evaluatrice).GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("criterionId").GetString() == "innovation").GetProperty("comment").GetString());

        // The manager advances two, rejects the third through its screening step; the evaluator's access to round 1 ends.
        await manager.PostJsonAsync($"/api/evaluations/rounds/{round1Id}/close", new { advance = new[] { a, b } }, HttpStatusCode.OK);
        await manager.PostJsonAsync($"/api/evaluations/rounds/{round1Id}/applications/{c}/decision", new { decision = "rejected", reasons = "Projet trop tôt." }, HttpStatusCode.OK);
        using (var late = await evaluator.PutAsJsonAsync(Scores(round1Id, c), ScreeningData.Scores(3, 3)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        }

        // Round 2 takes those advanced; the evaluator is assigned only one of them.
        var round2 = await manager.PostJsonAsync(
            $"/api/cohorts/{cohortId}/evaluations/rounds",
            ScreeningData.Round("Oral", ScreeningData.Evaluator(TestAccounts.Manager), ScreeningData.Evaluator(Evaluatrice, a)),
            HttpStatusCode.Created);
        var round2Id = round2.GetProperty("id").GetGuid();
        var assigned = (await evaluator.GetJsonAsync("/api/evaluations/assignments")).EnumerateArray().ToList();
        Assert.Equal([(round2Id, a)], assigned.Select(x => (x.GetProperty("round").GetProperty("id").GetGuid(), x.GetProperty("companyId").GetGuid())));
        using (var notMine = await evaluator.PutAsJsonAsync(Scores(round2Id, b), ScreeningData.Scores(3, 3)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notMine.StatusCode);
        }

        await evaluator.PutJsonAsync(Scores(round2Id, a), ScreeningData.Scores(5, 5), HttpStatusCode.OK);
        await manager.PutJsonAsync(Scores(round2Id, a), ScreeningData.Scores(4, 5), HttpStatusCode.OK);
        await manager.PutJsonAsync(Scores(round2Id, b), ScreeningData.Scores(3, 3), HttpStatusCode.OK);
        var summary2 = await manager.GetJsonAsync($"/api/evaluations/rounds/{round2Id}");
        Assert.Equal([a, b], summary2.GetProperty("applications").EnumerateArray().Select(r => r.GetProperty("companyId").GetGuid()));
        Assert.Empty(Row(summary2, b).GetProperty("missing").EnumerateArray());

        await manager.PostJsonAsync($"/api/evaluations/rounds/{round2Id}/close", new { }, HttpStatusCode.OK);
        await manager.PostJsonAsync($"/api/evaluations/rounds/{round2Id}/applications/{a}/decision", new { decision = "accepted" }, HttpStatusCode.OK);
        await manager.PostJsonAsync($"/api/evaluations/rounds/{round2Id}/applications/{b}/decision", new { decision = "waitlisted", reasons = "Liste d'attente." }, HttpStatusCode.OK);

        Assert.Contains((await manager.GetJsonAsync($"/api/companies/{a}")).GetProperty("status").GetString(), new[] { "Accepted", "Active" });
        Assert.Equal("Waitlisted", (await manager.GetJsonAsync($"/api/companies/{b}")).GetProperty("status").GetString());
        Assert.Equal("Rejected", (await manager.GetJsonAsync($"/api/companies/{c}")).GetProperty("status").GetString());
        Assert.Empty((await evaluator.GetJsonAsync("/api/evaluations/assignments")).EnumerateArray());

        var history = (await manager.GetJsonAsync($"/api/cohorts/{cohortId}/history?culture=fr")).GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("text").GetString()).ToList();
        Assert.Contains("Candidature de Céramiques Sud décidée après le tour 1", history);
        Assert.Contains("Candidature d’Atelier Lumière évaluée au tour 2", history);
        await using (var db = await DomainAsync())
        {
            var audited = await db.AuditEntries.AsNoTracking().Where(e => e.CohortId == cohortId).Select(e => new { e.Action, e.Actor, e.CompanyId }).ToListAsync();
            Assert.Equal(3, audited.Count(e => e.Action == "application.submitted"));
            Assert.Equal(8, audited.Count(e => e.Action == "evaluation.scored"));
            Assert.Equal(3, audited.Count(e => e.Action == "evaluation.scored" && e.Actor == Evaluatrice));
            Assert.Equal((2, 2, 3), (audited.Count(e => e.Action == "evaluation.round-opened"), audited.Count(e => e.Action == "evaluation.round-closed"), audited.Count(e => e.Action == "evaluation.decided")));
            Assert.Equal(3, audited.Count(e => e.Action == "company.screened" && (e.CompanyId == a || e.CompanyId == b || e.CompanyId == c)));
        }
    }

    private static JsonElement Row(JsonElement summary, Guid companyId) =>
        summary.GetProperty("applications").EnumerateArray().Single(r => r.GetProperty("companyId").GetGuid() == companyId);

    private async Task<CohortsDbContext> DomainAsync() =>
        await demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
}
