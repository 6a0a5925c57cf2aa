using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Collection;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Forms;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Activities;

/// <summary>CollectForm on a SQLite file with a fake clock: the request and its mail, reminder, escalation, answers as variables.</summary>
public sealed class CollectFormTests
{
    private static readonly DateTimeOffset Due = WorkflowsHarness.Start.AddDays(14);

    private static CompanyApplication[] OneCompany => [new("Acme Industrie", "industry", 40, "Chartres", "contact@acme.example", ["industry"])];

    private static Activity[] Journey(Activity collect) =>
    [
        new Intake(),
        new Screening { AutoAccept = true },
        new AssignCoach(),
        collect,
        new If
        {
            Condition = "answers.satisfaction >= 4",
            Then = new SetVariable { Variable = "branch", Value = "happy" },
            Else = new SetVariable { Variable = "branch", Value = "follow-up" },
        },
    ];

    [Fact]
    public async Task Execute_ToTheCompany_AsksTheLatestVersionWithThePortalLinkInTheMailAndWaits()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = await LaunchAsync(harness, new CollectForm { Form = CollectForms.CheckIn, Title = "Check-in with ${companyName}" });

        await using var db = await harness.OpenDbAsync();
        var request = await db.FormRequests.AsNoTracking().SingleAsync();
        Assert.Equal(
            (Seed.ProgrammeId, CollectForms.CheckIn, 1, RespondentKind.Company, (Guid?)acme.Id, "contact@acme.example", "Check-in with Acme Industrie", (DateTimeOffset?)Due, FormRequestStatus.Open),
            (request.ProgrammeId, request.FormId, request.FormVersion, request.Respondent, request.CompanyId, request.RespondentEmail, request.Title, request.DueAt, request.Status));
        Assert.StartsWith($"{acme.Id:D}/", request.PlanKey);
        var link = await db.PortalLinks.AsNoTracking().SingleAsync();
        Assert.Equal((acme.Id, "contact@acme.example"), (link.CompanyId, link.Email));
        var mail = await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Kind == "form-requested");
        var data = JsonNode.Parse(mail.Data)!;
        Assert.Equal(("contact@acme.example", request.Id.ToString(), link.Id.ToString(), "Acme Industrie", "Point d'étape"), (mail.Recipient, (string?)data["requestId"], (string?)data["portalLinkId"], (string?)data["company"], (string?)data["formName"]!["fr"]));
        Assert.Equal(Due, DateTimeOffset.Parse((string)data["dueAt"]!, System.Globalization.CultureInfo.InvariantCulture));
        var bookmarks = (await harness.InstanceAsync(acme.Id)).State.Bookmarks;
        Assert.Contains(bookmarks, b => b.Name == "form-answered" && b.CorrelationKey == FormRequest.KeyOf(request.Id));
        Assert.Equal([Due.AddDays(3), Due.AddDays(8)], bookmarks.Where(b => b.DueAt is not null).Select(b => b.DueAt!.Value).Order());
    }

    [Fact]
    public async Task NoAnswer_RemindsTheContactThenEscalatesToTheManagers_AndAnAnswerResumesIntoTheBranch()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = await LaunchAsync(harness, new CollectForm { Form = CollectForms.CheckIn });
        var requestId = await SingleRequestIdAsync(harness);

        Assert.Equal([Due.AddDays(3)], await harness.RunTimersUntilAsync(Due.AddDays(4)));
        Assert.Equal(["form-requested", "form-reminder"], await MailKindsAsync(harness));
        Assert.Equal([Due.AddDays(8)], await harness.RunTimersUntilAsync(Due.AddDays(20)));
        Assert.Equal(["form-requested", "form-reminder", "form-escalation"], await MailKindsAsync(harness));
        await using (var db = await harness.OpenDbAsync())
        {
            var escalation = await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Kind == "form-escalation");
            Assert.Equal($"managers:{acme.CohortId:D}", escalation.Recipient);
            Assert.Equal(requestId.ToString(), (string?)JsonNode.Parse(escalation.Data)!["requestId"]);
        }

        Assert.Equal(WorkflowStatus.Suspended, (await harness.InstanceAsync(acme.Id)).Status);

        await harness.Get<FormAnswerService>().SubmitAsync(requestId, CollectForms.Answers(2, "Too slow."), "contact@acme.example");

        Assert.Equal(["Answered"], await harness.OutcomesAsync(acme.Id, "CollectForm"));
        Assert.Equal(WorkflowStatus.Completed, (await harness.InstanceAsync(acme.Id)).Status);
        Assert.Equal("Too slow.", (string?)(await harness.VariableAsync(acme.Id, "answers"))!["comment"]);
        Assert.Equal("follow-up", (string?)await harness.VariableAsync(acme.Id, "branch"));
    }

    [Fact]
    public async Task Answer_BeforeTheTimers_CompletesIntoTheThenBranchWithAnotherVariableAndNoReminder()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = await LaunchAsync(harness, new CollectForm { Form = CollectForms.CheckIn, Variable = "checkIn" }, condition: "checkIn.satisfaction >= 4");

        await harness.Get<FormAnswerService>().SubmitAsync(await SingleRequestIdAsync(harness), CollectForms.Answers(5), "contact@acme.example");
        await harness.RunTimersUntilAsync(Due.AddDays(30));

        Assert.Equal("happy", (string?)await harness.VariableAsync(acme.Id, "branch"));
        Assert.Equal(["form-requested"], await MailKindsAsync(harness));
        Assert.Null(await harness.Runtime.GetNextTimerDueAtAsync());
    }

    [Fact]
    public async Task Execute_ToTheCoach_AsksTheCompanysCoachByMail()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = await LaunchAsync(harness, new CollectForm { Form = CollectForms.CheckIn, To = CollectFormTo.Coach });

        await using var db = await harness.OpenDbAsync();
        var request = await db.FormRequests.AsNoTracking().SingleAsync();
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == acme.Id);
        Assert.Equal((RespondentKind.Coach, company.CoachId, (Guid?)acme.Id, "alice@coaches.example"), (request.Respondent, request.CoachId, request.CompanyId, request.RespondentEmail));
        Assert.Equal(["coach-form-requested"], await MailKindsAsync(harness));
        Assert.Empty(await db.PortalLinks.ToListAsync());
    }

    [Fact]
    public async Task Execute_UnknownForm_FaultsNamingIt()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = await LaunchAsync(harness, new CollectForm { Form = "nope" });

        Assert.Contains(await harness.IncidentsAsync(acme.Id), m => m.Contains("has no form 'nope'", StringComparison.Ordinal));
        await using var db = await harness.OpenDbAsync();
        Assert.Empty(await db.FormRequests.ToListAsync());
    }

    [Fact]
    public async Task Step_CrashBeforeItsCommit_TheReplayAsksOnce()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(FlakyInstanceStore.Decorate);
        var acme = await LaunchAsync(harness, new WaitForSignal { Signal = "go" }, then: new CollectForm { Form = CollectForms.CheckIn });
        harness.Get<FlakyInstanceStore>().FailNextCommit(new IOException("The disk went away."));

        await Assert.ThrowsAsync<IOException>(() => harness.Runtime.SignalAsync("go", acme.Id.ToString()));
        await using (var db = await harness.OpenDbAsync())
        {
            Assert.Empty(await db.FormRequests.ToListAsync());
        }

        await harness.Runtime.SignalAsync("go", acme.Id.ToString());

        await using var after = await harness.OpenDbAsync();
        var request = await after.FormRequests.AsNoTracking().SingleAsync();
        Assert.Single(await after.OutgoingMessages.Where(m => m.Kind == "form-requested").ToListAsync());
        Assert.Contains((await harness.InstanceAsync(acme.Id)).State.Bookmarks, b => b.CorrelationKey == request.SignalKey);
    }

    [Fact]
    public async Task Execute_ARequestWithItsPlanKeyExists_FindsItInsteadOfAskingAgain()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = await LaunchAsync(harness, new WaitForSignal { Signal = "go" }, then: new CollectForm { Form = CollectForms.CheckIn });
        var instance = await harness.InstanceAsync(acme.Id);

        // The step that will run is the next execution: a request made under its plan key is what a replay would find.
        var planKey = $"{acme.Id:D}/{instance.State.Executions.Max(e => e.Id) + 1}/0";
        var existing = new FormRequest(Guid.CreateVersion7(harness.Clock.GetUtcNow()), Seed.ProgrammeId, CollectForms.CheckIn, 1, RespondentKind.Company, harness.Clock.GetUtcNow())
        {
            CohortId = acme.CohortId,
            CompanyId = acme.Id,
            PlanKey = planKey,
        };
        await harness.Get<Cohorts.Workflows.Persistence.CohortsStore>().WriteAsync(db =>
        {
            db.FormRequests.Add(existing);
            return Task.CompletedTask;
        }, CancellationToken.None);

        await harness.Runtime.SignalAsync("go", acme.Id.ToString());

        await using var db = await harness.OpenDbAsync();
        Assert.Equal([existing.Id], await db.FormRequests.Select(r => r.Id).ToListAsync());
        Assert.Contains((await harness.InstanceAsync(acme.Id)).State.Bookmarks, b => b.CorrelationKey == existing.SignalKey);
    }

    [Fact]
    public async Task CancelJourney_WithdrawsItsOpenRequest_AndAnAnswerIsRefused()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = await LaunchAsync(harness, new CollectForm { Form = CollectForms.CheckIn });
        var requestId = await SingleRequestIdAsync(harness);

        await harness.Runtime.CancelAsync(acme.Id, "Left the programme", "manager@example.org", CancellationToken.None);

        await using (var db = await harness.OpenDbAsync())
        {
            Assert.Equal(FormRequestStatus.Cancelled, (await db.FormRequests.AsNoTracking().SingleAsync()).Status);
        }

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Get<FormAnswerService>().SubmitAsync(requestId, CollectForms.Answers(3), "contact@acme.example"));
        Assert.True(refused.IsConflict);
    }

    [Fact]
    public async Task Withdraw_ByAManager_CompletesTheStepWithdrawn()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = await LaunchAsync(harness, new CollectForm { Form = CollectForms.CheckIn }, condition: "typeof answers === 'undefined'");

        await harness.Get<FormCollectionService>().WithdrawAsync(await SingleRequestIdAsync(harness), "manager@example.org");

        Assert.Equal(["Withdrawn"], await harness.OutcomesAsync(acme.Id, "CollectForm"));
        Assert.Equal("happy", (string?)await harness.VariableAsync(acme.Id, "branch"));
        await using var db = await harness.OpenDbAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == Cohorts.Workflows.Audit.AuditActions.FormRequestWithdrawn));
    }

    [Fact]
    public async Task Execute_ToAttendees_AsksEachCompanyPresentAndCompletesWithCountsOnceAllAnswered()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(
            harness,
            [new Intake(), new Screening { AutoAccept = true }],
            [
                new SetVariable { Variable = "cohortId", Expression = "input.cohortId" },
                new CollectiveEvent { Kind = SessionKind.Conference, At = "2025-01-14T18:00" },
                new CollectForm { Form = CollectForms.CheckIn, To = CollectFormTo.Attendees, Variable = "feedback" },
            ]);
        await CollectForms.PublishAsync(harness);
        var cohort = await Seed.ReadAsync(harness, (await harness.Launcher.CreateAndLaunchAsync(Seed.Plan())).CohortId);
        var conference = Assert.Single(await Seed.AllSessionsAsync(harness));
        var absent = cohort.Company("Boulangerie Martin").Id;
        var report = Attend.ByOrganiser(conference) with { Attendance = [.. conference.CompanyIds.Select(id => new Attendance(id, id != absent))] };
        await harness.RunTimersUntilAsync(conference.PlannedAt.AddHours(3));

        await harness.Sessions.RecordOutcomeAsync(report);

        await using (var db = await harness.OpenDbAsync())
        {
            var requests = await db.FormRequests.AsNoTracking().OrderBy(r => r.RespondentName).ToListAsync();
            Assert.Equal(["Acme Industrie", "Cimenterie Vallet"], requests.Select(r => r.RespondentName));
            Assert.All(requests, r => Assert.Equal((RespondentKind.Attendee, (Guid?)conference.Id), (r.Respondent, r.SessionId)));
            Assert.Equal(2, requests.Select(r => r.PlanKey).Distinct().Count());
            Assert.Equal(2, await db.OutgoingMessages.CountAsync(m => m.Kind == "form-requested"));
            foreach (var request in requests)
            {
                await harness.Get<FormAnswerService>().SubmitAsync(request.Id, CollectForms.Answers(4), request.RespondentEmail!);
            }
        }

        var cohortInstance = await CohortInstanceAsync(harness, cohort.CohortId);
        Assert.Equal(["Collected"], await harness.OutcomesAsync(cohortInstance, "CollectForm"));
        var counts = await harness.VariableAsync(cohortInstance, "feedback");
        Assert.Equal((2, 2, 0), ((int)counts!["asked"]!, (int)counts["answered"]!, (int)counts["missing"]!));
    }

    [Fact]
    public async Task Attendees_NobodyAnswers_CompletesAfterTheEscalationWindowWithWhatCame()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(
            harness,
            [new Intake(), new Screening { AutoAccept = true }],
            [
                new SetVariable { Variable = "cohortId", Expression = "input.cohortId" },
                new CollectiveEvent { Kind = SessionKind.Conference, At = "2025-01-14T18:00" },
                new CollectForm { Form = CollectForms.CheckIn, To = CollectFormTo.Attendees, Due = IsoDuration.FromDays(7) },
            ]);
        await CollectForms.PublishAsync(harness);
        var cohortId = (await harness.Launcher.CreateAndLaunchAsync(Seed.Plan())).CohortId;
        var conference = Assert.Single(await Seed.AllSessionsAsync(harness));
        await harness.RunTimersUntilAsync(conference.PlannedAt.AddHours(3));
        await harness.Sessions.RecordOutcomeAsync(Attend.ByOrganiser(conference));
        await using (var db = await harness.OpenDbAsync())
        {
            var first = await db.FormRequests.AsNoTracking().OrderBy(r => r.RespondentName).FirstAsync();
            await harness.Get<FormAnswerService>().SubmitAsync(first.Id, CollectForms.Answers(3), first.RespondentEmail!);
        }

        await harness.RunTimersUntilAsync(harness.Clock.GetUtcNow().AddDays(30));

        var cohortInstance = await CohortInstanceAsync(harness, cohortId);
        Assert.Equal(["Collected"], await harness.OutcomesAsync(cohortInstance, "CollectForm"));
        var counts = await harness.VariableAsync(cohortInstance, "answers");
        Assert.Equal((3, 1, 2), ((int)counts!["asked"]!, (int)counts["answered"]!, (int)counts["missing"]!));
        await using var after = await harness.OpenDbAsync();
        Assert.Equal(2, await after.OutgoingMessages.CountAsync(m => m.Kind == "form-reminder"));
    }

    [Fact]
    public async Task RecurringSessions_CollectFormEveryMonth_AsksOncePerOccurrenceWithDistinctPlanKeys()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = await LaunchAsync(harness, new RecurringSessions
        {
            Every = IsoDuration.FromMonths(1),
            Count = 3,
            Body = new CollectForm { Form = CollectForms.CheckIn, Title = "Monthly check-in ${occurrence + 1}", Due = IsoDuration.FromDays(7) },
        });

        await harness.RunTimersUntilAsync(WorkflowsHarness.Start.AddMonths(3));

        await using var db = await harness.OpenDbAsync();
        var requests = await db.FormRequests.AsNoTracking().OrderBy(r => r.RequestedAt).ToListAsync();
        Assert.Equal(["Monthly check-in 1", "Monthly check-in 2", "Monthly check-in 3"], requests.Select(r => r.Title));
        Assert.Equal(3, requests.Select(r => r.PlanKey).Distinct().Count());
        Assert.All(requests, r => Assert.Equal(acme.Id, r.CompanyId));
        Assert.Equal(3, await db.OutgoingMessages.CountAsync(m => m.Kind == "form-requested"));
    }

    private static async Task<Company> LaunchAsync(WorkflowsHarness harness, Activity collect, Activity? then = null, string condition = "answers.satisfaction >= 4")
    {
        Activity[] journey = [.. Journey(collect)];
        journey[^1] = new If
        {
            Condition = condition,
            Then = new SetVariable { Variable = "branch", Value = "happy" },
            Else = new SetVariable { Variable = "branch", Value = "follow-up" },
        };
        if (then is not null)
        {
            journey = [.. journey[..^1], then];
        }

        await Seed.AddProgrammeAsync(harness, journey);
        await CollectForms.PublishAsync(harness);
        var cohort = await Seed.ReadAsync(harness, (await harness.Launcher.CreateAndLaunchAsync(Seed.Plan(companies: OneCompany))).CohortId);
        return cohort.Company("Acme Industrie");
    }

    private static async Task<Guid> CohortInstanceAsync(WorkflowsHarness harness, Guid cohortId)
    {
        await using var db = await harness.OpenDbAsync();
        return (await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohortId)).CohortInstanceId!.Value;
    }

    private static async Task<Guid> SingleRequestIdAsync(WorkflowsHarness harness)
    {
        await using var db = await harness.OpenDbAsync();
        return (await db.FormRequests.AsNoTracking().SingleAsync()).Id;
    }

    private static async Task<List<string>> MailKindsAsync(WorkflowsHarness harness)
    {
        await using var db = await harness.OpenDbAsync();
        return await db.OutgoingMessages.AsNoTracking().Where(m => m.Kind.StartsWith("form-") || m.Kind.StartsWith("coach-form")).OrderBy(m => m.CreatedAt).Select(m => m.Kind).ToListAsync();
    }
}
