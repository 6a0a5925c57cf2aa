using System.Globalization;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Services;

public sealed class PlansChangeTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(1);

    private static CompanyApplication[] OneCompany => [new("Acme Industrie", "industry", 40, "Chartres", "contact@acme.example", ["industry"])];

    private static Activity[] Journey(Activity step, bool autoAccept = true) => [new Intake(), new Screening { AutoAccept = autoAccept }, new AssignCoach(), step, new WaitForSignal { Signal = "never" }];

    private static RecurringSessions Weekly(int count) => new() { Every = IsoDuration.FromDays(7), Count = count, From = "cohortStart", Offset = IsoDuration.Parse("PT1H"), Body = new CoachingSession { At = "plannedAt", Title = "Session ${occurrence + 1}" } };

    [Fact]
    public async Task RescheduleAsync_LaterTime_RemindersFollowTheNewTimeAndTheOldTimersDoNothing()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey(new CoachingSession { At = "2025-01-13T10:00" }), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));

        var moved = await Changes(harness).RescheduleAsync(session.Id, new DateTimeOffset(2025, 1, 20, 10, 0, 0, Paris), "The company's director is away.", "manager@example.org");

        Assert.Equal((new DateTimeOffset(2025, 1, 20, 10, 0, 0, Paris), 1), (moved.PlannedAt, moved.RescheduleCount));
        var timers = (await harness.InstanceAsync(acme.Id)).State.Bookmarks.Where(b => b.Kind == BookmarkKind.Timer).Select(b => b.DueAt!.Value).Order().ToList();
        Assert.Contains(new DateTimeOffset(2025, 1, 22, 10, 0, 0, Paris), timers);
        Assert.Contains(new DateTimeOffset(2025, 1, 27, 10, 0, 0, Paris), timers);

        // The old reminder (15 January) and escalation (20 January) fire and do nothing.
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 1, 21, 12, 0, 0, Paris));
        Assert.Empty(await Seed.NotificationsAsync(harness));

        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 1, 22, 12, 0, 0, Paris));
        var reminder = Assert.Single(await Seed.NotificationsAsync(harness));
        Assert.Equal((NotificationKind.OutcomeReminder, $"session-{session.Id}/reminder-1"), (reminder.Kind, reminder.Key));
        await using var db = await harness.OpenDbAsync();
        Assert.Contains(await db.AuditEntries.AsNoTracking().ToListAsync(), e => e.Action == "session.rescheduled");
    }

    [Fact]
    public async Task RescheduleAsync_SameTimeTwice_MovesItOnceAndOwesOneSignal()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey(new CoachingSession { At = "2025-01-13T10:00" }), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        var to = new DateTimeOffset(2025, 1, 20, 10, 0, 0, Paris);

        await Changes(harness).RescheduleAsync(session.Id, to, "The company's director is away.", "manager@example.org");
        var again = await Changes(harness).RescheduleAsync(session.Id, to.ToUniversalTime(), "Sent twice.", "manager@example.org");

        Assert.Equal((to, 1, "The company's director is away."), (again.PlannedAt, again.RescheduleCount, again.ChangeReason));
        await using var db = await harness.OpenDbAsync();
        Assert.Single(await db.AuditEntries.AsNoTracking().Where(e => e.Action == "session.rescheduled").ToListAsync());
        Assert.Empty(await db.PendingSignals.AsNoTracking().ToListAsync());
    }

    [Fact]
    public async Task RescheduleAsync_PastTimeOrNoReason_FailsNamingTheFieldAndChangesNothing()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey(new CoachingSession { At = "2025-01-13T10:00" }), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Changes(harness).RescheduleAsync(session.Id, new DateTimeOffset(2025, 1, 1, 10, 0, 0, Paris), " ", "manager@example.org"));

        Assert.Equal(["at", "reason"], error.Errors.Keys.Order());
        Assert.Equal(new DateTimeOffset(2025, 1, 13, 10, 0, 0, Paris), Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id)).PlannedAt);
    }

    [Fact]
    public async Task CancelAsync_OneOfTheRecurringSessions_CompletesCancelledAndTheNextIsStillPlanned()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey(Weekly(2)), plan: Seed.Plan(companies: OneCompany));
        var acme = cohort.Company("Acme Industrie");
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 1, 6, 10, 0, 0, Paris));
        var first = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));

        await Changes(harness).CancelAsync(first.Id, "Strike: no trains.", "manager@example.org");

        Assert.Equal(["Cancelled"], await harness.OutcomesAsync(acme.Id, "CoachingSession"));
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 1, 30, 12, 0, 0, Paris));
        var sessions = await Seed.SessionsOfAsync(harness, acme.Id);
        Assert.Equal(2, sessions.Count);
        Assert.True(sessions[0].IsCancelled);
        Assert.False(sessions[0].IsLate(harness.Clock.GetUtcNow()));
        var totals = await TotalsAsync(harness, cohort.CohortId);
        Assert.Equal((1, 0, 1), (totals.SessionsPlanned, totals.SessionsHeld, totals.SessionsLate));

        var again = await Assert.ThrowsAsync<DomainRuleException>(() => Changes(harness).CancelAsync(first.Id, "Twice", "manager@example.org"));
        Assert.True(again.IsConflict);
    }

    [Fact]
    public async Task CancelAsync_HeldSession_IsAConflict()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey(new CoachingSession { At = "2025-01-06T10:00" }), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        harness.Clock.SetUtcNow(new DateTimeOffset(2025, 1, 6, 12, 0, 0, Paris));
        await harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(session));

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Changes(harness).CancelAsync(session.Id, "Too late", "manager@example.org"));

        Assert.True(error.IsConflict);
        Assert.False(Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id)).IsCancelled);
    }

    [Fact]
    public async Task RecordOutcomeAsync_SessionCancelledMeanwhile_IsAConflictAndRecordsNothing()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey(new CoachingSession { At = "2025-01-06T10:00" }), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        harness.Clock.SetUtcNow(new DateTimeOffset(2025, 1, 6, 12, 0, 0, Paris));
        await Changes(harness).CancelAsync(session.Id, "The coach fell ill.", "manager@example.org");

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Sessions.RecordOutcomeAsync(Attend.ByCoach(session)));

        Assert.True(error.IsConflict);
        Assert.Equal("sessionId", error.Field);
        var after = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        Assert.True(after.IsCancelled);
        Assert.Null(after.Outcome);
    }

    [Fact]
    public async Task RecordNoShowAsync_PastSession_CompletesNoShowNotHeldAndCorrectionCountsItHeld()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey(new CoachingSession { At = "2025-01-06T10:00" }), plan: Seed.Plan(companies: OneCompany));
        var acme = cohort.Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        harness.Clock.SetUtcNow(new DateTimeOffset(2025, 1, 6, 12, 0, 0, Paris));

        await Changes(harness).RecordNoShowAsync(session.Id, "Nobody came.", "coach@example.org");

        Assert.Equal(["NoShow"], await harness.OutcomesAsync(acme.Id, "CoachingSession"));
        var before = await TotalsAsync(harness, cohort.CohortId);
        Assert.Equal((0, 0, 0m), (before.SessionsHeld, before.SessionsLate, before.AttendanceRate));

        await Changes(harness).CorrectOutcomeAsync(new SessionOutcomeReport(session.Id, null, "manager@example.org", [new Attendance(acme.Id, true)], "They came late, after all."));

        var after = await TotalsAsync(harness, cohort.CohortId);
        Assert.Equal((1, 100m), (after.SessionsHeld, after.AttendanceRate));
        await using var db = await harness.OpenDbAsync();
        Assert.Contains(await db.AuditEntries.AsNoTracking().ToListAsync(), e => e.Action == "session.outcome-corrected");
    }

    [Fact]
    public async Task CorrectOutcomeAsync_ToANoShowAndBack_KeepsTheActionsRecorded()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey(new CoachingSession { At = "2025-01-06T10:00" }), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        harness.Clock.SetUtcNow(new DateTimeOffset(2025, 1, 6, 12, 0, 0, Paris));
        ActionItem[] agreed = [new("Send the quote", "Manager", new DateOnly(2025, 1, 20)), new("Call the supplier", "Coach", null)];
        await harness.Get<SessionService>().RecordOutcomeAsync(new SessionOutcomeReport(session.Id, null, "coach@example.org", [new Attendance(acme.Id, true)], "Good start.", agreed));

        await Changes(harness).CorrectOutcomeAsync(new SessionOutcomeReport(session.Id, null, "coach@example.org", [], "They did not come after all."), noShow: true);

        var noShow = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id)).Outcome!;
        Assert.True(noShow.NoShow);
        Assert.Equal(agreed, noShow.Actions);

        await Changes(harness).CorrectOutcomeAsync(new SessionOutcomeReport(session.Id, null, "coach@example.org", [new Attendance(acme.Id, true)], "They came.", noShow.Actions));
        Assert.Equal(agreed, Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id)).Outcome!.Actions);
    }

    [Fact]
    public async Task CorrectOutcomeAsync_NothingRecorded_IsAConflict()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey(new CoachingSession { At = "2025-01-13T10:00" }), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Changes(harness).CorrectOutcomeAsync(new SessionOutcomeReport(session.Id, null, "manager@example.org", [new Attendance(acme.Id, true)], "x")));

        Assert.True(error.IsConflict);
    }

    [Fact]
    public async Task WithdrawAsync_CompanyInCoaching_EndsItsJourneyWithoutIncidentAndCancelsItsUpcomingSessions()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey(new CoachingSession { At = "2025-02-03T10:00" }), plan: Seed.Plan(companies: OneCompany));
        var acme = cohort.Company("Acme Industrie");

        var (company, cancelled) = await Companies(harness).WithdrawAsync(acme.Id, "Moved to another region.", droppedOut: true, "manager@example.org");

        Assert.Equal((CompanyStatus.DroppedOut, "Moved to another region.", 1), (company.Status, company.StatusReason, cancelled));
        var instance = await harness.InstanceAsync(acme.Id);
        Assert.Equal(WorkflowStatus.Cancelled, instance.Status);
        Assert.Empty(instance.State.Bookmarks);
        Assert.Empty(await harness.IncidentsAsync(acme.Id));
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, acme.Id));
        Assert.True(session.IsCancelled);
        await using (var db = await harness.OpenDbAsync())
        {
            // The coach's calendar drops it, as when a session is cancelled alone.
            var mail = Assert.Single(await db.OutgoingMessages.AsNoTracking().Where(m => m.Kind == "session-cancelled").ToListAsync());
            Assert.Equal($"session-{session.Id:D}/cancelled", mail.Key);
        }

        var again = await Assert.ThrowsAsync<DomainRuleException>(() => Companies(harness).WithdrawAsync(acme.Id, "Again", droppedOut: false, "manager@example.org"));
        Assert.True(again.IsConflict);
    }

    [Fact]
    public async Task WithdrawAsync_ExpectedAtAnUpcomingEvent_NoLongerExpected()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        Activity[] events = [new SetVariable { Variable = "cohortId", Expression = "input.cohortId" }, new CollectiveEvent { Kind = SessionKind.Visit, At = "2025-03-03T10:00", Title = "Visit" }];
        var cohort = await Seed.LaunchAsync(harness, Journey(new WaitForSignal { Signal = "never" }), events);
        var acme = cohort.Company("Acme Industrie");

        await Companies(harness).WithdrawAsync(acme.Id, "Out of scope.", droppedOut: false, "manager@example.org");

        var visit = (await Seed.AllSessionsAsync(harness)).Single(s => s.Title == "Visit");
        Assert.DoesNotContain(acme.Id, visit.CompanyIds);
        Assert.Equal(2, visit.CompanyIds.Count);
        Assert.Equal(CompanyStatus.Withdrawn, (await Seed.CompanyAsync(harness, acme.Id)).Status);
    }

    [Fact]
    public async Task AddAsync_RunningCohortInApril_PlansNoSessionBeforeItJoined()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey(Weekly(20)));
        var joined = new DateTimeOffset(2025, 3, 12, 9, 0, 0, Paris);
        await harness.RunTimersUntilAsync(joined);

        var added = await Companies(harness).AddAsync(cohort.CohortId, new CompanyApplication("Distillerie Moreau", "food", 12, "Anet", "moreau@distillerie.example", ["industry"]), "manager@example.org");

        Assert.Equal(joined, added.JoinedAt);
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 3, 17, 11, 0, 0, Paris));
        var sessions = await Seed.SessionsOfAsync(harness, added.Id);
        var first = Assert.Single(sessions);
        // Session 11 is the first on or after the day it joined; placement puts it in a free slot of its coach that day.
        Assert.Equal(("Session 11", new DateOnly(2025, 3, 17)), (first.Title, DateOnly.FromDateTime(first.PlannedAt.ToOffset(Paris).DateTime)));
        Assert.True(first.PlannedAt >= joined);
        Assert.Equal(WorkflowStatus.Suspended, (await harness.InstanceAsync(added.Id)).Status);
    }

    [Fact]
    public async Task ResumeLaunchesAsync_ACompanyThatJoinedAndWhoseJourneyNeverStarted_StartsItFromWhenItJoined()
    {
        // What a process that died between a company's commit and its journey's start left (a walk-in, a company added).
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey(Weekly(20)));
        var joined = new DateTimeOffset(2025, 3, 12, 9, 0, 0, Paris);
        await harness.RunTimersUntilAsync(joined);
        var application = new CompanyApplication("Aaa Distillerie", "food", 12, "Anet", "aaa@distillerie.example", ["industry"]); // not last by name
        var company = CompanyChangeService.Joining(cohort.CohortId, Guid.NewGuid(), application, joined);
        await using (var db = await harness.OpenDbAsync())
        {
            db.Companies.Add(company);
            await db.SaveChangesAsync();
        }

        var resumed = await harness.Launcher.ResumeLaunchesAsync();

        Assert.Equal([cohort.CohortId], resumed);
        var instance = await harness.InstanceAsync(company.Id);
        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal(joined, DateTimeOffset.Parse(instance.State.Input!["joinedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 3, 17, 11, 0, 0, Paris));
        Assert.All(await Seed.SessionsOfAsync(harness, company.Id), s => Assert.True(s.PlannedAt >= joined));
        Assert.Empty(await harness.Launcher.ResumeLaunchesAsync());
    }

    [Fact]
    public async Task AddAsync_NameTakenOrBadApplication_FailsNamingTheField()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey(Weekly(2)));

        var taken = await Assert.ThrowsAsync<DomainRuleException>(() => Companies(harness).AddAsync(cohort.CohortId, new CompanyApplication("acme industrie", "food", 12, "Anet", "a@b.example")));
        var bad = await Assert.ThrowsAsync<DomainRuleException>(() => Companies(harness).AddAsync(cohort.CohortId, new CompanyApplication(" ", "food", -1, "Anet", "nobody")));

        Assert.Equal(("name", true), (taken.Field, taken.IsConflict));
        Assert.Equal(["contactEmail", "headcount", "name"], bad.Errors.Keys.Order());
    }

    [Fact]
    public async Task AddAsync_NameDifferingByAccentedCaseOrSpacesInside_IsTakenAndAFullCohortTakesNoMore()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, Journey(Weekly(2)));
        await Companies(harness).AddAsync(cohort.CohortId, new CompanyApplication("Éclat Distillerie", "food", 12, "Anet", "eclat@distillerie.example"));

        var accented = await Assert.ThrowsAsync<DomainRuleException>(() => Companies(harness).AddAsync(cohort.CohortId, new CompanyApplication("éCLAT  distillerie", "food", 12, "Anet", "e2@distillerie.example")));
        await using (var db = await harness.OpenDbAsync())
        {
            var count = await db.Companies.CountAsync(c => c.CohortId == cohort.CohortId);
            for (var i = count; i < InputLimits.MaxCompaniesPerCohort; i++)
            {
                db.Companies.Add(new Company(Guid.NewGuid(), cohort.CohortId, $"Filler {i}", "food", 1, "Anet", $"filler{i}@example.org"));
            }

            await db.SaveChangesAsync();
        }

        var full = await Assert.ThrowsAsync<DomainRuleException>(() => Companies(harness).AddAsync(cohort.CohortId, new CompanyApplication("One Too Many", "food", 1, "Anet", "more@example.org")));

        Assert.Equal(("name", true), (accented.Field, accented.IsConflict));
        Assert.Equal("cohortId", full.Field);
        Assert.Contains("1,000 companies already", full.Message, StringComparison.Ordinal);
        await using var after = await harness.OpenDbAsync();
        Assert.Equal(InputLimits.MaxCompaniesPerCohort, await after.Companies.CountAsync(c => c.CohortId == cohort.CohortId));
    }

    [Fact]
    public async Task Waitlisted_AcceptedLater_ContinuesItsJourney()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, Journey(new WaitForSignal { Signal = "never" }, autoAccept: false), plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");

        await harness.Screening.DecideAsync(acme.Id, "waitlisted", "Full for now.");

        Assert.Equal(CompanyStatus.Waitlisted, (await Seed.CompanyAsync(harness, acme.Id)).Status);
        Assert.Equal(WorkflowStatus.Suspended, (await harness.InstanceAsync(acme.Id)).Status);
        Assert.Empty(await harness.OutcomesAsync(acme.Id, "Screening"));
        var twice = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Screening.DecideAsync(acme.Id, "waitlisted", "Still full."));
        Assert.True(twice.IsConflict);

        await harness.Screening.DecideAsync(acme.Id, "accepted", "A place opened.");

        Assert.Equal(["Accepted"], await harness.OutcomesAsync(acme.Id, "Screening"));
        var company = await Seed.CompanyAsync(harness, acme.Id);
        Assert.Equal(CompanyStatus.Active, company.Status);
        Assert.NotNull(company.CoachId);
    }

    private static SessionChangeService Changes(WorkflowsHarness harness) => harness.Get<SessionChangeService>();

    private static CompanyChangeService Companies(WorkflowsHarness harness) => harness.Get<CompanyChangeService>();

    private static async Task<CohortTotals> TotalsAsync(WorkflowsHarness harness, Guid cohortId)
    {
        await using var db = await harness.OpenDbAsync();
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohortId);
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == cohort.ProgrammeId);
        var snapshot = new ProgressSnapshot(
            cohort,
            programme,
            await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId).ToListAsync(),
            await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).ToListAsync(),
            await db.Milestones.AsNoTracking().Where(m => m.CohortId == cohortId).ToListAsync(),
            harness.Clock.GetUtcNow());
        return ProgressCalculator.Compute(snapshot).Totals;
    }
}
