using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Metrics;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static Cohorts.Workflows.Tests.Forms.SampleForms;

namespace Cohorts.Workflows.Tests.Forms;

/// <summary>
/// Issue 16's story on one SQLite file and a fake clock: a manager's form with a metric, a journey that sends it to
/// every company, answers from some, a reminder to the others only, the answers choosing each journey's branch and
/// adding up in the metric.
/// </summary>
public sealed class FormsStoryTests
{
    private const string FormId = "monthly-report";

    private static readonly CompanyApplication[] Companies =
    [
        new("Atelier Dupont", "craft", 12, "Laon", "contact@dupont.example", ["craft"]),
        new("Verrerie Nord", "industry", 40, "Soissons", "contact@verrerie.example", ["industry"]),
    ];

    [Fact]
    public async Task FormSentByTheJourney_AnswersDriveTheBranchAndTheMetric_RemindersOnlyToThoseWhoDidNotAnswer()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(harness, Journey());
        await harness.Get<FormService>().PublishAsync(Seed.ProgrammeId, MonthlyReport().ToJsonString(), "manager@example.org");
        var cohort = await Seed.ReadAsync(harness, (await harness.Launcher.CreateAndLaunchAsync(Seed.Plan(companies: Companies))).CohortId);
        var dupont = cohort.Company("Atelier Dupont");
        var verrerie = cohort.Company("Verrerie Nord");
        var requests = await RequestsAsync(harness);
        Assert.Equal(2, requests.Count);

        await harness.Get<FormAnswerService>().SubmitAsync(requests[dupont.Id], Answers(satisfaction: 5, jobs: 3), "contact@dupont.example");
        await harness.RunTimersUntilAsync(WorkflowsHarness.Start.AddDays(18)); // due after 14 days, reminded 3 days later

        await using (var db = await harness.OpenDbAsync())
        {
            var reminders = await db.OutgoingMessages.AsNoTracking().Where(m => m.Kind == "form-reminder").Select(m => m.Recipient).ToListAsync();
            Assert.Equal(["contact@verrerie.example"], reminders);
        }

        await harness.Get<FormAnswerService>().SubmitAsync(requests[verrerie.Id], Answers(satisfaction: 2, jobs: 1), "contact@verrerie.example");

        Assert.Equal("happy", (string?)await harness.VariableAsync(dupont.Id, "branch"));
        Assert.Equal("follow-up", (string?)await harness.VariableAsync(verrerie.Id, "branch"));
        var metrics = await harness.Get<MetricQueries>().ForCohortAsync(cohort.CohortId);
        var jobs = Assert.Single(metrics.Metrics);
        Assert.Equal(("jobs-created", 4m, 2), (jobs.Metric.Id, jobs.Value, jobs.Respondents));
    }

    private static Activity[] Journey() =>
    [
        new Intake(),
        new Screening { AutoAccept = true },
        new AssignCoach(),
        new CollectForm { Form = FormId },
        new If
        {
            Condition = "answers.satisfaction >= 4",
            Then = new SetVariable { Variable = "branch", Value = "happy" },
            Else = new SetVariable { Variable = "branch", Value = "follow-up" },
        },
    ];

    private static JsonObject MonthlyReport()
    {
        var satisfaction = Question("satisfaction", "scale");
        satisfaction["min"] = 1;
        satisfaction["max"] = 5;
        var jobs = Question("jobs", "number");
        jobs["metric"] = new JsonObject { ["id"] = "jobs-created", ["aggregation"] = "sum" };
        return new JsonObject
        {
            ["id"] = FormId,
            ["name"] = Texts("Monthly report", "Point mensuel"),
            ["questions"] = new JsonArray(satisfaction, jobs),
        };
    }

    private static JsonObject Answers(int satisfaction, int jobs) => new() { ["satisfaction"] = satisfaction, ["jobs"] = jobs };

    private static async Task<Dictionary<Guid, Guid>> RequestsAsync(WorkflowsHarness harness)
    {
        await using var db = await harness.OpenDbAsync();
        return await db.FormRequests.AsNoTracking().Where(r => r.Respondent == RespondentKind.Company).ToDictionaryAsync(r => r.CompanyId!.Value, r => r.Id);
    }
}
