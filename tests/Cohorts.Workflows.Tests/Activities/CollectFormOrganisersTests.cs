using Cohorts.Engine.Activities;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Tests.Forms;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Activities;

/// <summary>CollectForm to the event organisers a programme names, on a SQLite file with a fake clock.</summary>
public sealed class CollectFormOrganisersTests
{
    private static readonly string[] Organisers = ["Events@Agency.example", "host@venue.example"];

    [Fact]
    public async Task Execute_ToOrganisers_AsksEachNamedAddressOnceAndCompletesCollectedOnceAllAnswered()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var (cohortId, conference) = await LaunchAsync(harness, new CollectForm { Form = CollectForms.CheckIn, To = CollectFormTo.Organisers, Variable = "feedback" });

        await harness.Sessions.RecordOutcomeAsync(Attend.ByOrganiser(conference));

        List<FormRequest> requests;
        await using (var db = await harness.OpenDbAsync())
        {
            requests = await db.FormRequests.AsNoTracking().OrderBy(r => r.RespondentEmail).ToListAsync();
            Assert.Equal(["events@agency.example", "host@venue.example"], requests.Select(r => r.RespondentEmail));
            Assert.All(requests, r => Assert.Equal(
                (RespondentKind.Organiser, (Guid?)conference.Id, (Guid?)cohortId, (Guid?)null, FormRequestStatus.Open),
                (r.Respondent, r.SessionId, r.CohortId, r.CompanyId, r.Status)));
            Assert.Equal(2, requests.Select(r => r.PlanKey).Distinct().Count());
            var mails = await db.OutgoingMessages.AsNoTracking().Where(m => m.Kind == "coach-form-requested").Select(m => m.Recipient).OrderBy(r => r).ToListAsync();
            Assert.Equal(["events@agency.example", "host@venue.example"], mails);
            var data = System.Text.Json.Nodes.JsonNode.Parse(await db.OutgoingMessages.AsNoTracking().Where(m => m.Kind == "coach-form-requested").Select(m => m.Data).FirstAsync())!;
            Assert.Null(data["company"]);
            Assert.Equal("Point d'étape", (string?)data["formName"]!["fr"]);
        }

        var cohortInstance = await CohortInstanceAsync(harness, cohortId);
        await harness.Get<FormAnswerService>().SubmitAsync(requests[0].Id, CollectForms.Answers(4), requests[0].RespondentEmail!);
        Assert.Empty(await harness.OutcomesAsync(cohortInstance, "CollectForm"));

        await harness.Get<FormAnswerService>().SubmitAsync(requests[1].Id, CollectForms.Answers(5), requests[1].RespondentEmail!);

        Assert.Equal(["Collected"], await harness.OutcomesAsync(cohortInstance, "CollectForm"));
        var counts = await harness.VariableAsync(cohortInstance, "feedback");
        Assert.Equal((2, 2, 0), ((int)counts!["asked"]!, (int)counts["answered"]!, (int)counts["missing"]!));
    }

    [Fact]
    public async Task Step_CrashBeforeItsCommit_TheReplayAsksEachOrganiserOnce()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(FlakyInstanceStore.Decorate);
        var (cohortId, conference) = await LaunchAsync(
            harness,
            new WaitForSignal { Signal = "go", CorrelationKey = "${cohortId}" },
            new CollectForm { Form = CollectForms.CheckIn, To = CollectFormTo.Organisers });
        await harness.Sessions.RecordOutcomeAsync(Attend.ByOrganiser(conference));
        harness.Get<FlakyInstanceStore>().FailNextCommit(new IOException("The disk went away."));

        await Assert.ThrowsAsync<IOException>(() => harness.Runtime.SignalAsync("go", cohortId.ToString()));
        await using (var db = await harness.OpenDbAsync())
        {
            Assert.Empty(await db.FormRequests.ToListAsync());
        }

        await harness.Runtime.SignalAsync("go", cohortId.ToString());

        await using var after = await harness.OpenDbAsync();
        var requests = await after.FormRequests.AsNoTracking().ToListAsync();
        Assert.Equal(2, requests.Count);
        Assert.Equal(2, await after.OutgoingMessages.CountAsync(m => m.Kind == "coach-form-requested"));
        var bookmarks = (await harness.InstanceAsync(await CohortInstanceAsync(harness, cohortId))).State.Bookmarks;
        Assert.All(requests, r => Assert.Contains(bookmarks, b => b.CorrelationKey == r.SignalKey));
    }

    private static async Task<(Guid CohortId, Session Conference)> LaunchAsync(WorkflowsHarness harness, params Activity[] after)
    {
        await Seed.AddProgrammeAsync(
            harness,
            [new Intake(), new Screening { AutoAccept = true }],
            [
                new SetVariable { Variable = "cohortId", Expression = "input.cohortId" },
                new CollectiveEvent { Kind = SessionKind.Conference, At = "2025-01-14T18:00" },
                .. after,
            ]);
        await harness.Get<Cohorts.Workflows.Persistence.CohortsStore>().WriteAsync(
            async db => (await db.Programmes.SingleAsync(p => p.Id == Seed.ProgrammeId)).NameEventOrganisers(Organisers),
            CancellationToken.None);
        await CollectForms.PublishAsync(harness);
        var cohortId = (await harness.Launcher.CreateAndLaunchAsync(Seed.Plan())).CohortId;
        var conference = Assert.Single(await Seed.AllSessionsAsync(harness));
        await harness.RunTimersUntilAsync(conference.PlannedAt.AddHours(3));
        return (cohortId, conference);
    }

    private static async Task<Guid> CohortInstanceAsync(WorkflowsHarness harness, Guid cohortId)
    {
        await using var db = await harness.OpenDbAsync();
        return (await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohortId)).CohortInstanceId!.Value;
    }
}
