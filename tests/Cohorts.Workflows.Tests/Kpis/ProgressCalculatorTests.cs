using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.DependencyInjection;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Workflows.Tests.Kpis;

/// <summary>
/// A cohort of 50 days (1 January to 19 February 2025, Paris: no daylight-saving change inside), seen on 21 January at
/// midnight: 20 days have passed, an elapsed share of 20 / 50 = 0.4. Every expectation is computed by hand below.
/// </summary>
public sealed class ProgressCalculatorTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly DateTimeOffset Day20 = new(2025, 1, 21, 0, 0, 0, Winter);
    private static readonly ServiceProvider Registry = new ServiceCollection().AddCohortsWorkflows().BuildServiceProvider();

    private readonly Guid _cohortId = Guid.NewGuid();
    private readonly Guid _coachId = Guid.NewGuid();
    private readonly Company _alpha;
    private readonly Company _bravo;
    private readonly Company _charlie;
    private readonly Company _delta;
    private readonly Company _echo;
    private readonly Company _foxtrot;

    public ProgressCalculatorTests()
    {
        _alpha = NewCompany("Alpha", CompanyStatus.Active);
        _bravo = NewCompany("Bravo", CompanyStatus.Active);
        _charlie = NewCompany("Charlie", CompanyStatus.Graduated);
        _delta = NewCompany("Delta", CompanyStatus.DroppedOut);
        _echo = NewCompany("Echo", CompanyStatus.Rejected);
        _foxtrot = NewCompany("Foxtrot", CompanyStatus.Applied);
    }

    [Fact]
    public void Compute_Totals_CountTheRecordedData()
    {
        var report = ProgressCalculator.Compute(Snapshot(Day20));

        var totals = report.Totals;
        Assert.Equal(0.4m, report.ElapsedShare); // 20 days of 50
        Assert.Equal(6, totals.SessionsPlanned); // S1..S6
        Assert.Equal(4, totals.SessionsHeld); // S1, S2, S3, S6
        Assert.Equal(1, totals.SessionsLate); // S4 (20 January, not recorded); S5 is on the 25th

        // Expected attendances at held sessions: S1 1 + S2 1 + S3 3 + S6 2 = 7; present: S1 Alpha, S3 Alpha and Bravo,
        // S6 Alpha = 4; 4 / 7 = 57.142... → 57.1 %.
        Assert.Equal(57.1m, totals.AttendanceRate);
        Assert.Equal(5, totals.MilestonesPlanned);
        Assert.Equal(2, totals.MilestonesPassed); // M1 (Alpha) and M3 (cohort-wide); M5 only "needs work"
        Assert.Equal(1, totals.MilestonesFailed); // M2 (Bravo)
        Assert.Equal(4, totals.CompaniesEnrolled); // Alpha, Bravo (active), Charlie (graduated), Delta (dropped out)
        Assert.Equal(2, totals.CompaniesActive);
        Assert.Equal(1, totals.CompaniesGraduated);
        Assert.Equal(1, totals.CompaniesDropped);
        Assert.Equal(40, totals.Visitors); // S3 30 + S6 10
        Assert.Equal(1, totals.QuestionnairesCollected); // the workshop S6: Alpha present (Bravo absent)
    }

    [Fact]
    public void Compute_Kpis_TargetPercentForecastAndStatus()
    {
        var report = ProgressCalculator.Compute(Snapshot(Day20));

        // Enrolled 4 of the programme's 4: 100 %, met; a level, so the forecast stays 4.
        Assert.Equal(new KpiProgress(KpiKind.CompaniesEnrolled, 4m, 4m, 100m, 4m, KpiStatus.Met, null), report.For(KpiKind.CompaniesEnrolled));

        // Held 4 of the cohort's own target 8 (overriding the programme's 20): 50 %; at the rate so far 4 / 0.4 = 10 by
        // the end, so on track; 8 is reached at share 0.4 × 8 / 4 = 0.8, day 40: 10 February.
        Assert.Equal(new KpiProgress(KpiKind.SessionsHeld, 4m, 8m, 50m, 10m, KpiStatus.OnTrack, new DateOnly(2025, 2, 10)), report.For(KpiKind.SessionsHeld));

        // Attendance 57.1 of 80: 57.1 / 80 = 71.375 → 71.4 %; a rate is expected to stay, 57.1 < 80: at risk.
        Assert.Equal(new KpiProgress(KpiKind.AttendanceRate, 57.1m, 80m, 71.4m, 57.1m, KpiStatus.AtRisk, null), report.For(KpiKind.AttendanceRate));

        // Passed 2 of 3: 66.666 → 66.7 %; forecast 2 / 0.4 = 5 ≥ 3, on track; reached at 0.4 × 3 / 2 = 0.6, day 30: 31 January.
        Assert.Equal(new KpiProgress(KpiKind.MilestonesPassed, 2m, 3m, 66.7m, 5m, KpiStatus.OnTrack, new DateOnly(2025, 1, 31)), report.For(KpiKind.MilestonesPassed));

        // Graduated 1 of 4: 25 %; forecast 1 + 2 still active = 3 < 4: at risk.
        Assert.Equal(new KpiProgress(KpiKind.CompaniesGraduated, 1m, 4m, 25m, 3m, KpiStatus.AtRisk, null), report.For(KpiKind.CompaniesGraduated));

        // Visitors 40 of 150: 26.666 → 26.7 %; forecast 40 / 0.4 = 100 < 150: at risk; at this rate 150 comes at share
        // 0.4 × 150 / 40 = 1.5, day 75: 17 March, after the end.
        Assert.Equal(new KpiProgress(KpiKind.Visitors, 40m, 150m, 26.7m, 100m, KpiStatus.AtRisk, new DateOnly(2025, 3, 17)), report.For(KpiKind.Visitors));

        // No target: no percent; the count still has a forecast, 1 / 0.4 = 2.5.
        Assert.Equal(new KpiProgress(KpiKind.QuestionnairesCollected, 1m, null, null, 2.5m, KpiStatus.NoTarget, null), report.For(KpiKind.QuestionnairesCollected));
    }

    [Fact]
    public void Compute_MilestonesWithTheJourneysPlan_ThoseToComeForTheCompaniesOnCourse()
    {
        var report = ProgressCalculator.Compute(Snapshot(Day20) with { MilestonesPerCompany = 3 });

        // Passed 2 of 3. The journey plans 3 a company; on course: Alpha (M1 decided; M5 only needs work) and Bravo (M2
        // decided), 2 to come each; Charlie graduated, Delta dropped out. Forecast 2 + 4 = 6 ≥ 3: on track, with no
        // date at a rate (milestones fall on their journey's dates).
        Assert.Equal(4, report.Totals.MilestonesToCome);
        Assert.Equal(new KpiProgress(KpiKind.MilestonesPassed, 2m, 3m, 66.7m, 6m, KpiStatus.OnTrack, null), report.For(KpiKind.MilestonesPassed));

        // A journey that plans one a company: Alpha and Bravo have had theirs decided, nothing to come; 2 < 3, at risk,
        // where the rate so far (2 / 0.4 = 5) would have said on track.
        var oneEach = ProgressCalculator.Compute(Snapshot(Day20) with { MilestonesPerCompany = 1 });
        Assert.Equal(new KpiProgress(KpiKind.MilestonesPassed, 2m, 3m, 66.7m, 2m, KpiStatus.AtRisk, null), oneEach.For(KpiKind.MilestonesPassed));
    }

    [Fact]
    public void Compute_MilestonesBeforeTheFirstIsDue_OnTrackWithTheJourneysPlan()
    {
        // Two active companies, nothing decided on day 20 of 50: at the rate so far 0 by the end (at risk); with the
        // journey's two milestones a company, 4 to come, the cohort's target of 4 is on track.
        var cohort = NewCohort(new KpiTarget(KpiKind.MilestonesPassed, 4m));
        var snapshot = new ProgressSnapshot(cohort, NewProgramme(), [_alpha, _bravo], [], [], Day20);

        Assert.Equal(KpiStatus.AtRisk, ProgressCalculator.Compute(snapshot).For(KpiKind.MilestonesPassed).Status);
        Assert.Equal(
            new KpiProgress(KpiKind.MilestonesPassed, 0m, 4m, 0m, 4m, KpiStatus.OnTrack, null),
            ProgressCalculator.Compute(snapshot with { MilestonesPerCompany = 2 }).For(KpiKind.MilestonesPassed));
    }

    [Fact]
    public void Compute_SessionsWithTheWorkflowsPlan_ThoseToComeForTheCompaniesOnCourseAndTheCohort()
    {
        // The journey plans 4 weekly sessions a company (1, 8, 15 and 22 January), the cohort's workflow 3 events. The
        // workflows planned S1 to S5 and the event S3; S6 was planned by hand. Held: S1, S2 (Bravo absent, but held),
        // S3, S6 = 4. To come: Alpha 4 less S1 = 3 (S4, planned and not recorded, is still to come); Bravo 4 less S2 and
        // the cancelled S5 = 2; Charlie graduated and Delta dropped out, none; events 3 less S3 = 2. Forecast 4 + 7 = 11:
        // on track for the target of 11, where the rate so far (4 / 0.4 = 10) says at risk; no date at a rate.
        var cohort = NewCohort(new KpiTarget(KpiKind.SessionsHeld, 11m));
        var snapshot = new ProgressSnapshot(cohort, NewProgramme(), [_alpha, _bravo, _charlie, _delta], PlannedSessions(), [], Day20);

        Assert.Equal(new KpiProgress(KpiKind.SessionsHeld, 4m, 11m, 36.4m, 10m, KpiStatus.AtRisk, new DateOnly(2025, 2, 25)), ProgressCalculator.Compute(snapshot).For(KpiKind.SessionsHeld));
        var report = ProgressCalculator.Compute(snapshot with { SessionsPlanned = FourWeeklySessionsAndThreeEvents() });
        Assert.Equal(7, report.Totals.SessionsToCome);
        Assert.Equal(new KpiProgress(KpiKind.SessionsHeld, 4m, 11m, 36.4m, 11m, KpiStatus.OnTrack, null), report.For(KpiKind.SessionsHeld));

        // Bravo joined on 9 January: the journey left out the sessions of 1 and 8 January, and its two settled ones are
        // all its plan, nothing to come: 4 + 3 + 0 + 2 = 9, at risk.
        _bravo.JoinLate(new DateTimeOffset(2025, 1, 9, 9, 0, 0, Winter));
        var late = ProgressCalculator.Compute(snapshot with { SessionsPlanned = FourWeeklySessionsAndThreeEvents() });
        Assert.Equal(new KpiProgress(KpiKind.SessionsHeld, 4m, 11m, 36.4m, 9m, KpiStatus.AtRisk, null), late.For(KpiKind.SessionsHeld));
    }

    [Fact]
    public void Compute_Companies_EachOnesProgressByName()
    {
        var report = ProgressCalculator.Compute(Snapshot(Day20));

        Assert.Equal(
            [
                // Alpha: S1, S3, S4, S6 planned; S1, S3, S6 held, all attended (3 / 3 = 100 %); S4 late; M1 passed.
                new CompanyProgress(_alpha.Id, "Alpha", CompanyStatus.Active, 4, 3, 1, 100m, 1),

                // Bravo: S2, S3, S5, S6 planned; S2, S3, S6 held, S3 attended: 1 / 3 = 33.3 %; M2 failed.
                new CompanyProgress(_bravo.Id, "Bravo", CompanyStatus.Active, 4, 3, 0, 33.3m, 0),

                // Charlie: S3 held, not on its attendance list: absent, 0 %.
                new CompanyProgress(_charlie.Id, "Charlie", CompanyStatus.Graduated, 1, 1, 0, 0m, 0),
                new CompanyProgress(_delta.Id, "Delta", CompanyStatus.DroppedOut, 0, 0, 0, null, 0),
                new CompanyProgress(_echo.Id, "Echo", CompanyStatus.Rejected, 0, 0, 0, null, 0),
                new CompanyProgress(_foxtrot.Id, "Foxtrot", CompanyStatus.Applied, 0, 0, 0, null, 0),
            ],
            report.Companies);
    }

    [Fact]
    public void Basis_KeptFromAnEarlierMoment_CountsTheLateSessionsOfEachLaterMoment()
    {
        // Counted on 2 January (nothing late yet), completed later: what the clock alone changes moves, the rest stays.
        var basis = ProgressBasis.Of(Snapshot(At(2)));

        Assert.Equal(0, basis.At(At(2)).Totals.SessionsLate);
        var day20 = basis.At(Day20);
        Assert.Equal(1, day20.Totals.SessionsLate); // S4 (Alpha, 20 January)
        Assert.Equal(0.4m, day20.ElapsedShare);
        Assert.Equal([1, 0], day20.Companies.Take(2).Select(c => c.SessionsLate));
        var day26 = basis.At(new DateTimeOffset(2025, 1, 26, 0, 0, 0, Winter));
        Assert.Equal(2, day26.Totals.SessionsLate); // and S5 (Bravo, 25 January)
        Assert.Equal([1, 1], day26.Companies.Take(2).Select(c => c.SessionsLate));
        Assert.Equal(day20.Totals with { SessionsLate = 2 }, day26.Totals);
        Assert.Equal(ProgressCalculator.Compute(Snapshot(Day20)), day20 with { Kpis = day20.Kpis, Companies = day20.Companies }, new ReportComparer());
    }

    [Fact]
    public void Compute_AfterTheEnd_MetOrMissed()
    {
        // 1 March: past the end (20 February, midnight); elapsed share 1, forecasts are the values.
        var report = ProgressCalculator.Compute(Snapshot(new DateTimeOffset(2025, 3, 1, 0, 0, 0, Winter)));

        Assert.Equal(1m, report.ElapsedShare);
        Assert.Equal(KpiStatus.Met, report.For(KpiKind.CompaniesEnrolled).Status);
        Assert.Equal(new KpiProgress(KpiKind.SessionsHeld, 4m, 8m, 50m, 4m, KpiStatus.Missed, null), report.For(KpiKind.SessionsHeld));
        Assert.Equal(KpiStatus.Missed, report.For(KpiKind.AttendanceRate).Status);

        // S4 and S5 are both past now, without outcome.
        Assert.Equal(2, report.Totals.SessionsLate);
    }

    [Fact]
    public void Compute_RateAboveTargetBeforeTheEnd_OnTrackNotMet()
    {
        var cohort = NewCohort(new KpiTarget(KpiKind.AttendanceRate, 50m));

        var report = ProgressCalculator.Compute(Snapshot(Day20, cohort));

        // 57.1 ≥ 50, but a rate can still fall before the end: 57.1 / 50 = 114.2 %.
        Assert.Equal(new KpiProgress(KpiKind.AttendanceRate, 57.1m, 50m, 114.2m, 57.1m, KpiStatus.OnTrack, null), report.For(KpiKind.AttendanceRate));
    }

    [Fact]
    public void Compute_TheSameCountsOnTheFourthDayOfFifty_AreTooEarlyToProject()
    {
        var report = ProgressCalculator.Compute(Snapshot(new DateTimeOffset(2025, 1, 5, 0, 0, 0, Winter)));

        // 4 days of 50 (8 %): 40 visitors would project to 500, one questionnaire to 12.5: no forecast, no projected day.
        Assert.Equal(0.08m, report.ElapsedShare);
        Assert.Equal(new KpiProgress(KpiKind.Visitors, 40m, 150m, 26.7m, null, KpiStatus.TooEarly, null), report.For(KpiKind.Visitors));
        Assert.Equal(new KpiProgress(KpiKind.QuestionnairesCollected, 1m, null, null, null, KpiStatus.NoTarget, null), report.For(KpiKind.QuestionnairesCollected));
    }

    [Fact]
    public void Compute_BeforeTheStart_NothingProjected()
    {
        var report = ProgressCalculator.Compute(new ProgressSnapshot(NewCohort(), NewProgramme(), [_alpha], [], [], new DateTimeOffset(2024, 12, 1, 0, 0, 0, Winter)));

        Assert.Equal(0m, report.ElapsedShare);

        // Nothing held yet: 0 of 8, no rate to project yet (too early to forecast); no attendance to measure.
        Assert.Equal(new KpiProgress(KpiKind.SessionsHeld, 0m, 8m, 0m, null, KpiStatus.TooEarly, null), report.For(KpiKind.SessionsHeld));
        Assert.Equal(new KpiProgress(KpiKind.AttendanceRate, null, 80m, null, null, KpiStatus.NoData, null), report.For(KpiKind.AttendanceRate));
        Assert.Null(report.Totals.AttendanceRate);
    }

    [Fact]
    public void Targets_CohortOverride_WinsOverTheProgrammes()
    {
        var targets = ProgressCalculator.Targets(NewCohort(), NewProgramme());

        Assert.Equal(8m, targets[KpiKind.SessionsHeld]);
        Assert.Equal(4m, targets[KpiKind.CompaniesEnrolled]);
        Assert.False(targets.ContainsKey(KpiKind.QuestionnairesCollected));
    }

    [Fact]
    public void ProgressSnapshot_AnotherProgrammesCohort_IsRefused()
    {
        var other = new Programme("openlab", "OpenLab", "", "openlab-company", 36, "Europe/Paris", null, null);

        var error = Assert.Throws<ArgumentException>(() => new ProgressSnapshot(NewCohort(), other, [], [], [], Day20));

        Assert.Equal("programme", error.ParamName);
    }

    [Fact]
    public void ProgressSnapshot_AnotherCohortsSession_IsRefused()
    {
        var stray = new Session(Guid.NewGuid(), Guid.NewGuid(), SessionKind.Coaching, "Elsewhere", Day20, _coachId, null);

        var error = Assert.Throws<ArgumentException>(() => new ProgressSnapshot(NewCohort(), NewProgramme(), [], [stray], [], Day20));

        Assert.Equal("sessions", error.ParamName);
    }

    private static Programme NewProgramme()
    {
        var programme = new Programme("boost", "Boost", "", "boost-company", 12, "Europe/Paris", 0.5m, "Département");
        programme.Targets.AddRange(
        [
            new KpiTarget(KpiKind.CompaniesEnrolled, 4m),
            new KpiTarget(KpiKind.SessionsHeld, 20m),
            new KpiTarget(KpiKind.AttendanceRate, 80m),
            new KpiTarget(KpiKind.MilestonesPassed, 3m),
            new KpiTarget(KpiKind.CompaniesGraduated, 4m),
            new KpiTarget(KpiKind.Visitors, 150m),
        ]);
        return programme;
    }

    private Cohort NewCohort(params KpiTarget[] more)
    {
        var cohort = new Cohort(_cohortId, "boost", "Les bâtisseurs", new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 19));
        cohort.Targets.Add(new KpiTarget(KpiKind.SessionsHeld, 8m));
        cohort.Targets.AddRange(more);
        return cohort;
    }

    private ProgressSnapshot Snapshot(DateTimeOffset now, Cohort? cohort = null) =>
        new(cohort ?? NewCohort(), NewProgramme(), [_alpha, _bravo, _charlie, _delta, _echo, _foxtrot], Sessions(), Milestones(), now);

    private List<Session> Sessions() =>
    [
        Held(Coaching("S1", 6, _alpha), (_alpha, true)),
        Held(Coaching("S2", 7, _bravo), (_bravo, false)),
        Held(Event(SessionKind.Networking, "S3", 10, _alpha, _bravo, _charlie), 30, (_alpha, true), (_bravo, true)),
        Coaching("S4", 20, _alpha),
        Coaching("S5", 25, _bravo),
        Held(Event(SessionKind.Workshop, "S6", 15, _alpha, _bravo), 10, (_alpha, true), (_bravo, false)),
    ];

    /// <summary>The sessions of <see cref="Sessions"/>, all planned by the workflows but S6, with S5 cancelled.</summary>
    private List<Session> PlannedSessions()
    {
        var sessions = Sessions();
        for (var i = 0; i < 5; i++)
        {
            sessions[i].PlanKey = $"step-{i}";
        }

        sessions[4].Cancel("The company asked", "manager", At(18));
        return sessions;
    }

    private static JourneySessions FourWeeklySessionsAndThreeEvents()
    {
        var registry = Registry.GetRequiredService<ActivityRegistry>();
        var journey = WorkflowBuilder.Create("boost-company", "Journey").InTimeZone("Europe/Paris")
            .Then(new RecurringSessions { Every = IsoDuration.FromDays(7), Count = 4, Body = new CoachingSession { At = "plannedAt" } })
            .Build(registry);
        var events = WorkflowBuilder.Create("boost-cohort", "Events").InTimeZone("Europe/Paris")
            .Then(new RecurringSessions { Every = IsoDuration.FromDays(14), Count = 3, Body = new CollectiveEvent { Kind = SessionKind.Networking, At = "plannedAt" } })
            .Build(registry);
        return JourneySessions.Of(journey, events)!;
    }

    private List<Milestone> Milestones()
    {
        var m1 = NewMilestone("M1", _alpha);
        m1.Decide(new MilestoneDecision(MilestoneOutcome.Passed, "", null, At(12), "manager"));
        var m2 = NewMilestone("M2", _bravo);
        m2.Decide(new MilestoneDecision(MilestoneOutcome.Failed, "No plan", null, At(12), "manager"));
        var m3 = NewMilestone("M3", null);
        m3.Decide(new MilestoneDecision(MilestoneOutcome.Passed, "", null, At(13), "manager"));
        var m4 = NewMilestone("M4", _charlie);
        var m5 = NewMilestone("M5", _alpha);
        m5.Decide(new MilestoneDecision(MilestoneOutcome.NeedsWork, "More detail", At(30), At(14), "manager"));
        return [m1, m2, m3, m4, m5];
    }

    private static DateTimeOffset At(int dayOfJanuary) => new(2025, 1, dayOfJanuary, 10, 0, 0, Winter);

    private Company NewCompany(string name, CompanyStatus status)
    {
        var company = new Company(Guid.NewGuid(), _cohortId, name, "industry", 20, "Nanterre", $"{name.ToLowerInvariant()}@example.fr");
        if (status != CompanyStatus.Applied)
        {
            company.MoveTo(status, null);
        }

        return company;
    }

    private Session Coaching(string title, int dayOfJanuary, Company company)
    {
        var session = new Session(Guid.NewGuid(), _cohortId, SessionKind.Coaching, title, At(dayOfJanuary), _coachId, null);
        session.CompanyIds.Add(company.Id);
        return session;
    }

    private Session Event(SessionKind kind, string title, int dayOfJanuary, params Company[] expected)
    {
        var session = new Session(Guid.NewGuid(), _cohortId, kind, title, At(dayOfJanuary), null, "CCI");
        session.CompanyIds.AddRange(expected.Select(c => c.Id));
        return session;
    }

    private static Session Held(Session session, params (Company Company, bool Present)[] attendance) => Held(session, null, attendance);

    private static Session Held(Session session, int? visitors, params (Company Company, bool Present)[] attendance)
    {
        session.RecordOutcome(new SessionOutcome(session.PlannedAt.AddHours(2), "coach", [.. attendance.Select(a => new Attendance(a.Company.Id, a.Present))], "", [], visitors));
        return session;
    }

    private Milestone NewMilestone(string name, Company? company) =>
        new(Guid.NewGuid(), _cohortId, company?.Id, name, "criteria", At(11), ReviewerRole.Manager);

    /// <summary>Reports are equal when their figures are (their lists compared item by item).</summary>
    private sealed class ReportComparer : IEqualityComparer<ProgressReport>
    {
        public bool Equals(ProgressReport? x, ProgressReport? y) =>
            x is not null && y is not null && x.At == y.At && x.ElapsedShare == y.ElapsedShare && x.Totals == y.Totals
            && x.Kpis.SequenceEqual(y.Kpis) && x.Companies.SequenceEqual(y.Companies) && x.Budget.Cofunded == y.Budget.Cofunded;

        public int GetHashCode(ProgressReport obj) => obj.CohortId.GetHashCode();
    }
}
