using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Funder;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Metrics;

/// <summary>
/// A monthly report form with three metrics in the demo's "Les bâtisseurs" programme, answered by two of its companies
/// through <see cref="FormAnswerService"/>: jobs created (sum from a baseline of 10) 2 + 3 → 15, revenue (EUR, latest)
/// 1,000 + 2,500 → 3,500, headcount (average, its English label starting with a formula sign) 4 and 8 → 6.
/// </summary>
internal static class MetricData
{
    public const string FormId = "monthly-report";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static JsonObject Texts(string en, string fr) => new() { ["en"] = en, ["fr"] = fr };

    /// <summary>Publishes and answers the form once per host; answers the cohort.</summary>
    public static async Task<(string ProgrammeId, Guid CohortId)> SeedAsync(WebApplicationFactory<Program> factory)
    {
        var cohort = await factory.CohortAsync();
        await Gate.WaitAsync();
        try
        {
            var published = await factory.Services.GetRequiredService<FormService>().PublishAsync(cohort.ProgrammeId, Form().ToJsonString(), "manager@cohorts.demo");
            if (!published.IsNew)
            {
                return (cohort.ProgrammeId, cohort.Id);
            }

            await using var db = await factory.DomainAsync();
            var companies = await db.Companies.AsNoTracking().Where(c => c.CohortId == cohort.Id).OrderBy(c => c.Name).Take(2).Select(c => c.Id).ToListAsync();
            await AnswerAsync(factory, cohort.ProgrammeId, cohort.Id, companies[0], published.Version, 2, 1_000, 4);
            await AnswerAsync(factory, cohort.ProgrammeId, cohort.Id, companies[1], published.Version, 3, 2_500, 8);
            return (cohort.ProgrammeId, cohort.Id);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static JsonObject Form() => new()
    {
        ["id"] = FormId,
        ["name"] = Texts("Monthly report", "Rapport mensuel"),
        ["questions"] = new JsonArray(
            new JsonObject
            {
                ["id"] = "jobs",
                ["kind"] = "number",
                ["label"] = Texts("Jobs created this month", "Emplois créés ce mois-ci"),
                ["metric"] = new JsonObject { ["id"] = "jobs-created", ["label"] = Texts("Jobs created", "Emplois créés"), ["aggregation"] = "sum", ["baseline"] = 10, ["unit"] = "jobs" },
            },
            new JsonObject
            {
                ["id"] = "revenue",
                ["kind"] = "amount",
                ["currency"] = "EUR",
                ["label"] = Texts("Revenue", "Chiffre d'affaires"),
                ["metric"] = new JsonObject { ["id"] = "revenue", ["aggregation"] = "latest" },
            },
            new JsonObject
            {
                ["id"] = "headcount",
                ["kind"] = "number",
                ["label"] = Texts("+Headcount", "Effectif"),
                ["metric"] = new JsonObject { ["id"] = "headcount", ["aggregation"] = "average" },
            }),
    };

    private static async Task AnswerAsync(WebApplicationFactory<Program> factory, string programmeId, Guid cohortId, Guid companyId, int version, decimal jobs, decimal revenue, decimal headcount)
    {
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var request = new FormRequest(Guid.CreateVersion7(now), programmeId, FormId, version, RespondentKind.Company, now) { CohortId = cohortId, CompanyId = companyId, DueAt = now.AddDays(7) };
        await using (var db = await factory.DomainAsync())
        {
            db.FormRequests.Add(request);
            await db.SaveChangesAsync();
        }

        var answers = new JsonObject { ["jobs"] = jobs, ["revenue"] = new JsonObject { ["amount"] = revenue, ["currency"] = "EUR" }, ["headcount"] = headcount };
        await factory.Services.GetRequiredService<FormAnswerService>().SubmitAsync(request.Id, answers, "contact@example.org");
    }
}
