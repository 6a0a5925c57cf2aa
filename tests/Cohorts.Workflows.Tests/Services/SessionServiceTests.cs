using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Services;

public sealed class SessionServiceTests
{
    private static Activity[] Journey => [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), new CoachingSession { At = "2025-01-13T10:00" }];

    [Fact]
    public async Task RecordOutcomeAsync_UnknownSession_FailsNotFoundNamingSessionId()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Sessions.RecordOutcomeAsync(new SessionOutcomeReport(Guid.NewGuid(), null, "manager", [])));

        Assert.Equal(("sessionId", true), (error.Field, error.IsNotFound));
    }

    [Fact]
    public async Task RecordOutcomeAsync_AnotherCoachsSession_FailsNotYours()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var acmeSession = Assert.Single(await Seed.SessionsOfAsync(harness, cohort.Company("Acme Industrie").Id));

        var report = Attend.ByCoach(acmeSession) with { CoachId = cohort.Coach("Bruno Petit").Id };
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Sessions.RecordOutcomeAsync(report));

        Assert.Equal(("sessionId", false), (error.Field, error.IsNotFound));
        Assert.Contains("is not yours", error.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await Seed.SessionsOfAsync(harness, cohort.Company("Acme Industrie").Id)).Outcome);
    }

    [Fact]
    public async Task RecordOutcomeAsync_UnknownCoach_FailsNotFoundNamingCoachId()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, cohort.Company("Acme Industrie").Id));

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(session) with { CoachId = Guid.NewGuid() }));

        Assert.Equal(("coachId", true), (error.Field, error.IsNotFound));
    }

    [Fact]
    public async Task RecordOutcomeAsync_Twice_FailsTheSecondTime()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, cohort.Company("Acme Industrie").Id));
        await harness.RunTimersUntilAsync(session.PlannedAt); // it has taken place
        harness.Clock.Advance(TimeSpan.FromTicks(12_345_678)); // recorded at 1.2345678 s past the second
        var recordedAt = harness.Clock.GetUtcNow();
        await harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(session));

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(session)));

        Assert.Equal("sessionId", error.Field);
        Assert.EndsWith($"was recorded already, by {Attend.ByCoach(session).RecordedBy}, on {recordedAt:yyyy-MM-dd'T'HH:mm:ss}+00:00.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordOutcomeAsync_AgainAfterTheFirstSignalWasLost_ResumesTheWorkflowAndAnswersConflictNamingTheRecorder()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var acme = cohort.Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        await SaveOutcomeWithoutDeliveringAsync(harness, session, acme.Id);
        Assert.Equal(Engine.Instances.WorkflowStatus.Suspended, (await harness.InstanceAsync(acme.Id)).Status);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(session)));

        Assert.True(error.IsConflict);
        Assert.Contains("was recorded already, by coach", error.Message, StringComparison.Ordinal);
        Assert.Equal(["Held"], await harness.OutcomesAsync(acme.Id, "CoachingSession"));
        Assert.Equal(0, await harness.Get<SignalOutbox>().CountAsync());
    }

    [Fact]
    public async Task DeliverDueAsync_AnOutcomeWhoseSignalWasLost_ResumesTheWorkflowOnceWithoutAnyRetry()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var acme = cohort.Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        await SaveOutcomeWithoutDeliveringAsync(harness, session, acme.Id);

        // The host's start-up sweep, twice: the second finds nothing owed.
        Assert.Equal(1, await harness.Get<SignalOutbox>().DeliverDueAsync());
        Assert.Equal(0, await harness.Get<SignalOutbox>().DeliverDueAsync());

        Assert.Equal(["Held"], await harness.OutcomesAsync(acme.Id, "CoachingSession"));
        Assert.Equal(0, await harness.Get<SignalOutbox>().CountAsync());
    }

    [Fact]
    public async Task DeliverLeftBehindAsync_AnOutcomeJustRecorded_IsLeftToItsServiceForAMinuteThenDelivered()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var acme = cohort.Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        await SaveOutcomeWithoutDeliveringAsync(harness, session, acme.Id, harness.Clock.GetUtcNow());
        var outbox = harness.Get<SignalOutbox>();

        // The periodic sweep leaves it to the service that recorded it, which delivers it after its own work.
        harness.Clock.Advance(SignalOutbox.InlineDeliveryGrace - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await outbox.DeliverLeftBehindAsync());
        Assert.Equal(1, await outbox.CountAsync());
        Assert.Empty(await harness.OutcomesAsync(acme.Id, "CoachingSession"));

        // Left behind (its process stopped, or another host's did): the sweep delivers it.
        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await outbox.DeliverLeftBehindAsync());
        Assert.Equal(["Held"], await harness.OutcomesAsync(acme.Id, "CoachingSession"));
        Assert.Equal(0, await outbox.CountAsync());
    }

    /// <summary>What a first report left when the process died between its commit and the signal's delivery.</summary>
    private static async Task SaveOutcomeWithoutDeliveringAsync(WorkflowsHarness harness, Session session, Guid companyId, DateTimeOffset? at = null)
    {
        await using var db = await harness.OpenDbAsync();
        var saved = await db.Sessions.FindAsync(session.Id);
        saved!.RecordOutcome(new SessionOutcome(at ?? WorkflowsHarness.Start, "coach", [new Attendance(companyId, true)], string.Empty, [], null));
        var key = CohortSignals.SessionKey(session.Id);
        SignalOutbox.Add(db, CohortSignals.SessionRecorded, key, new JsonObject { ["sessionId"] = session.Id.ToString() }, $"{key}-outcome", at ?? WorkflowsHarness.Start);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task RecordOutcomeAsync_BeforeThePlannedTime_FailsNamingSessionIdAndKeepsWaiting()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var acme = cohort.Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        await harness.RunTimersUntilAsync(session.PlannedAt.AddMinutes(-1));

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(session)));

        Assert.Equal(("sessionId", false), (error.Field, error.IsNotFound));
        Assert.Contains("is planned for 2025-01-13T10:00:00+01:00;", error.Message, StringComparison.Ordinal);
        Assert.Contains("record its outcome once it has taken place", error.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id)).Outcome);
        Assert.Empty(await harness.OutcomesAsync(acme.Id, "CoachingSession"));

        // From its planned time on, the same report is accepted.
        await harness.RunTimersUntilAsync(session.PlannedAt);
        await harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(session));
        Assert.Equal(["Held"], await harness.OutcomesAsync(acme.Id, "CoachingSession"));
    }

    [Fact]
    public async Task RecordOutcomeAsync_AttendanceOfACompanyNotExpected_FailsNamingTheEntry()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var acme = cohort.Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        await harness.RunTimersUntilAsync(session.PlannedAt); // it has taken place
        var stranger = cohort.Company("Boulangerie Martin").Id;

        var report = Attend.ByCoach(session) with { Attendance = [new Attendance(acme.Id, true), new Attendance(stranger, true)] };
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Sessions.RecordOutcomeAsync(report));

        Assert.Equal("attendance[1].companyId", error.Field);
        Assert.Contains($"does not expect company {stranger}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordOutcomeAsync_CompanyListedTwice_FailsNamingTheEntry()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var acme = cohort.Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        await harness.RunTimersUntilAsync(session.PlannedAt); // it has taken place

        var report = Attend.ByCoach(session) with { Attendance = [new Attendance(acme.Id, true), new Attendance(acme.Id, false)] };
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Sessions.RecordOutcomeAsync(report));

        Assert.Equal("attendance[1].companyId", error.Field);
    }

    [Fact]
    public async Task RecordOutcomeAsync_NegativeVisitorsAndNoAuthor_ListsBoth()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Sessions.RecordOutcomeAsync(new SessionOutcomeReport(Guid.NewGuid(), null, " ", [], Visitors: -1)));

        Assert.Equal(["recordedBy", "visitors"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RecordOutcomeAsync_ManagerRecordsACoachingSession_IsAccepted()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey);
        var acme = cohort.Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        await harness.RunTimersUntilAsync(session.PlannedAt); // it has taken place

        await harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(session) with { CoachId = null, RecordedBy = "programme manager" });

        Assert.Equal(["Held"], await harness.OutcomesAsync(acme.Id, "CoachingSession"));
    }
}
