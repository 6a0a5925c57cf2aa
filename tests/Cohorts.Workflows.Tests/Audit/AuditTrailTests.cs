using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Audit;

/// <summary>Every human action writes its audit row in its own transaction: with the action, or not at all.</summary>
public sealed class AuditTrailTests
{
    private static Activity[] ScreenedJourney => [new Intake(), new Screening(), new AssignCoach(), new CoachingSession { At = "2025-01-13T10:00" }];

    private static Activity[] Journey => [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), new CoachingSession { At = "2025-01-13T10:00" }];

    private static Activity[] ReviewJourney => [new Intake(), new MilestoneReview { Name = "Mid-term review", Offset = IsoDuration.FromMonths(6), Reviewer = ReviewerRole.Manager }];

    [Fact]
    public async Task CreateAndLaunch_WithAnActor_RecordsTheCohortCreatedThenLaunchedOnce()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(harness, Journey);

        var launch = await harness.Launcher.CreateAndLaunchAsync(Seed.Plan(), "claire@example.org");
        await harness.Launcher.LaunchAsync(launch.CohortId, "paul@example.org");

        var entries = (await EntriesAsync(harness)).Where(e => e.CohortId == launch.CohortId).ToList();
        Assert.Equal([AuditActions.CohortCreated, AuditActions.CohortLaunched], entries.Where(e => e.Action.StartsWith("cohort.", StringComparison.Ordinal)).Select(e => e.Action));
        Assert.All(entries.Where(e => e.Action.StartsWith("cohort.", StringComparison.Ordinal)), e => Assert.Equal(("claire@example.org", WorkflowsHarness.Start), (e.Actor, e.At)));

        // The journey accepts every application on its own: each company's screening is recorded as the system's.
        Assert.Equal(3, entries.Count(e => e.Action == AuditActions.CompanyScreened && e.Actor == AuditLog.System));
    }

    [Fact]
    public async Task Screening_Decided_RecordsWhoDecidedInTheStep()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, ScreenedJourney)).Company("Acme Industrie");

        await harness.Screening.DecideAsync(acme.Id, "rejected", "Not innovative enough.", "claire@example.org");

        var entry = Assert.Single(await EntriesAsync(harness, AuditActions.CompanyScreened));
        Assert.Equal(("claire@example.org", acme.CohortId, (Guid?)acme.Id), (entry.Actor, entry.CohortId, entry.CompanyId));
        var data = JsonNode.Parse(entry.Data)!;
        Assert.Equal(("Rejected", "Not innovative enough."), (data["decision"]!.GetValue<string>(), data["reasons"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Screening_StepDiesBeforeItsCommit_LeavesNoAuditRowAndTheRetryRecordsOne()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(FlakyInstanceStore.Decorate);
        var acme = (await Seed.LaunchAsync(harness, ScreenedJourney)).Company("Acme Industrie");
        harness.Get<FlakyInstanceStore>().FailNextCommit(new IOException("killed between the domain's writes and the engine's"));

        await Assert.ThrowsAsync<IOException>(() => harness.Screening.DecideAsync(acme.Id, "accepted", null, "claire@example.org"));

        Assert.Empty(await EntriesAsync(harness, AuditActions.CompanyScreened));
        await harness.Screening.DecideAsync(acme.Id, "accepted", null, "claire@example.org");
        Assert.Single(await EntriesAsync(harness, AuditActions.CompanyScreened));
    }

    [Fact]
    public async Task RecordOutcome_Recorded_RecordsTheReporter()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, cohort.Company("Acme Industrie").Id));
        harness.Clock.SetUtcNow(session.PlannedAt.AddHours(2));

        await harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(session) with { RecordedBy = "alice@example.org" });

        var entry = Assert.Single(await EntriesAsync(harness, AuditActions.OutcomeRecorded));
        Assert.Equal(("alice@example.org", session.Id.ToString(), (Guid?)session.CompanyIds[0]), (entry.Actor, entry.SubjectId, entry.CompanyId));
    }

    [Fact]
    public async Task RecordOutcome_Refused_RecordsNothing()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, cohort.Company("Acme Industrie").Id));

        // The session has not taken place yet: the action fails, and so does its audit row.
        await Assert.ThrowsAsync<DomainRuleException>(() => harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(session)));

        Assert.Empty(await EntriesAsync(harness, AuditActions.OutcomeRecorded));
    }

    [Fact]
    public async Task AssignCoach_Changed_RecordsTheActorAndThePreviousCoach()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var acme = cohort.Company("Acme Industrie");
        var alice = cohort.Coach("Alice Durand");
        var bruno = cohort.Coach("Bruno Petit");

        await harness.CoachAssignment.AssignAsync(acme.Id, bruno.Id, "claire@example.org");
        await harness.CoachAssignment.AssignAsync(acme.Id, bruno.Id, "claire@example.org"); // no change: nothing to record

        var entry = Assert.Single(await EntriesAsync(harness, AuditActions.CoachChanged));
        var data = JsonNode.Parse(entry.Data)!;
        Assert.Equal(("claire@example.org", bruno.Id.ToString(), alice.Id.ToString()), (entry.Actor, data["coachId"]!.GetValue<string>(), data["previousCoachId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task MilestoneDecision_RecordedOrRefused_OneRowForTheRecordedOneOnly()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, ReviewJourney);
        var acme = cohort.Company("Acme Industrie").Id;
        Milestone milestone;
        await using (var db = await harness.OpenDbAsync())
        {
            milestone = await db.Milestones.AsNoTracking().SingleAsync(m => m.CompanyId == acme);
        }

        await Assert.ThrowsAsync<DomainRuleException>(() => harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.Failed) { DecidedBy = "claire@example.org" }));
        await harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, ReviewerRole.Manager, MilestoneOutcome.Passed) { DecidedBy = "claire@example.org" });

        var entry = Assert.Single(await EntriesAsync(harness, AuditActions.MilestoneDecided));
        Assert.Equal(("claire@example.org", milestone.Id.ToString(), "Passed"), (entry.Actor, entry.SubjectId, JsonNode.Parse(entry.Data)!["outcome"]!.GetValue<string>()));
    }

    [Fact]
    public async Task CohortHistory_Paged_NewestFirst()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, ScreenedJourney);
        var trail = harness.Get<AuditTrail>();
        await trail.RecordAsync("someone@example.org", AuditActions.SignedIn);

        var first = await trail.CohortHistoryAsync(cohort.CohortId, 1, 1);
        var second = await trail.CohortHistoryAsync(cohort.CohortId, 2, 1);
        var accounts = await trail.AccountEventsAsync(1, 10);

        Assert.Equal((2, true, AuditActions.CohortLaunched), (first.Total, first.HasNext, Assert.Single(first.Entries).Action));
        Assert.Equal((false, AuditActions.CohortCreated), (second.HasNext, Assert.Single(second.Entries).Action));
        Assert.Equal("someone@example.org", Assert.Single(accounts.Entries).Actor);
    }

    private static async Task<List<AuditEntry>> EntriesAsync(WorkflowsHarness harness, string? action = null)
    {
        await using var db = await harness.OpenDbAsync();
        return [.. (await db.AuditEntries.AsNoTracking().Where(e => action == null || e.Action == action).ToListAsync()).OrderBy(e => e.Id)];
    }
}
