using System.Text.Json.Nodes;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Metrics;

/// <summary>A programme with a monthly report form declaring three metrics, a cohort, and answers submitted through <see cref="FormAnswerService"/>.</summary>
internal static class MetricSamples
{
    public static JsonObject Texts(string en, string fr) => new() { ["en"] = en, ["fr"] = fr };

    /// <summary>jobs-created (number, sum, baseline 10, unit "jobs"), revenue (EUR amount, latest), headcount (number, average).</summary>
    public static JsonObject MonthlyReport(string formId = "monthly-report") => new()
    {
        ["id"] = formId,
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
                ["required"] = false,
                ["label"] = Texts("Headcount", "Effectif"),
                ["metric"] = new JsonObject { ["id"] = "headcount", ["aggregation"] = "average" },
            }),
    };

    /// <summary>A programme with the monthly report published, and a cohort from 6 January to 29 June 2025 (Paris).</summary>
    public static async Task<(string ProgrammeId, Guid CohortId)> ProgrammeAsync(WorkflowsHarness harness)
    {
        var programme = await harness.Get<ProgrammeAuthoring>().CreateAsync(new NewProgramme("Accélérateur", DurationMonths: 6, TimeZone: "Europe/Paris"));
        await harness.Get<FormService>().PublishAsync(programme.Id, MonthlyReport().ToJsonString(), "manager@example.org");
        var cohortId = await CohortAsync(harness, programme.Id, "Promotion 2025");
        return (programme.Id, cohortId);
    }

    public static async Task<Guid> CohortAsync(WorkflowsHarness harness, string programmeId, string name)
    {
        var cohort = new Cohort(Guid.NewGuid(), programmeId, name, new DateOnly(2025, 1, 6), new DateOnly(2025, 6, 29));
        await harness.Get<CohortsStore>().WriteAsync(db =>
        {
            db.Cohorts.Add(cohort);
            return Task.CompletedTask;
        }, CancellationToken.None);
        return cohort.Id;
    }

    /// <summary>Asks a company the monthly report (editable for a week) and answers it now; returns the request.</summary>
    public static async Task<Guid> AnswerAsync(WorkflowsHarness harness, string programmeId, Guid cohortId, Guid companyId, decimal jobs, decimal revenue, decimal? headcount, string currency = "EUR")
    {
        var now = harness.Clock.GetUtcNow();
        var request = new FormRequest(Guid.CreateVersion7(now), programmeId, "monthly-report", 1, RespondentKind.Company, now)
        {
            CohortId = cohortId,
            CompanyId = companyId,
            DueAt = now.AddDays(7),
        };
        await harness.Get<CohortsStore>().WriteAsync(db =>
        {
            db.FormRequests.Add(request);
            return Task.CompletedTask;
        }, CancellationToken.None);
        await harness.Get<FormAnswerService>().SubmitAsync(request.Id, Answers(jobs, revenue, headcount, currency), "contact@example.org");
        return request.Id;
    }

    public static JsonObject Answers(decimal jobs, decimal revenue, decimal? headcount, string currency = "EUR")
    {
        var answers = new JsonObject { ["jobs"] = jobs, ["revenue"] = new JsonObject { ["amount"] = revenue, ["currency"] = currency } };
        if (headcount is { } h)
        {
            answers["headcount"] = h;
        }

        return answers;
    }
}
