using Cohorts.Engine.Instances;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Simulation;
using Cohorts.Workflows.Templates;
using Snapshooter.Xunit;

namespace Cohorts.Workflows.Tests.Simulation;

public sealed class ProgrammeSimulatorTests
{
    private static readonly DateOnly Monday6January2025 = new(2025, 1, 6);

    public static TheoryData<string> TemplateIds => new(ProgrammeTemplates.Ids);

    [Fact]
    public async Task SimulateAsync_BoostInnovationFor17CompaniesAnd3Coaches_MatchesSnapshot()
    {
        var result = await SimulateBoostAsync();

        Snapshot.Match(result);
    }

    [Fact]
    public async Task SimulateAsync_ForACohortAboutToLaunch_LoadsItsOwnCoachesWithItsOwnCompanies()
    {
        var template = ProgrammeTemplates.Get("boost-innovation");
        CompanyApplication[] companies =
        [
            new("Diffam", "distribution", 24, "Bagneux", "contact@diffam.example", ["marketing"]),
            new("Forges Durand", "industry", 80, "Levallois-Perret", "contact@forges.example", ["industry"]),
            new("Haveagooday", "hospitality", 12, "Boulogne-Billancourt", "hello@haveagooday.example", ["marketing"]),
        ];
        CoachProfile[] coaches = [new("Sophie Leroy", "sophie@example.fr", 2, ["marketing"]), new("Julien Martin", "julien@example.fr", 2, ["industry"])];

        var result = await ProgrammeSimulator.SimulateAsync(SimulationRequest.ForCohort(template.Programme, template.CompanyWorkflowJson, template.CohortWorkflowJson, Monday6January2025, companies, coaches));

        // Coaches matched by expertise: the two marketing companies to Sophie Leroy, the industrial one to Julien Martin.
        var sessionsByCoach = result.CoachLoads.GroupBy(l => l.Coach).ToDictionary(g => g.Key, g => g.Sum(l => l.Sessions));
        Assert.Equal(["Julien Martin", "Sophie Leroy"], sessionsByCoach.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2 * sessionsByCoach["Julien Martin"], sessionsByCoach["Sophie Leroy"]);
        Assert.True(result.Completion.AllCompleted);
    }

    /// <summary>
    /// A review planned after its own due date (Boost Innovation's final review falls on the cohort's last day, and the
    /// third company's last session, pushed by its coach's full days, lands the day after): the reviewer decides it at
    /// once, as one would decide an overdue review, and the journey completes. The simulator looked for reviews due
    /// since its last look only, so this one waited for ever and the preview said a journey would never finish.
    /// </summary>
    [Fact]
    public async Task SimulateAsync_AReviewPlannedAfterItsDueDate_IsDecidedAndTheJourneyCompletes()
    {
        var template = ProgrammeTemplates.Get("boost-innovation");
        CompanyApplication[] companies =
        [
            new("Atelier Neuf", "crafts", 4, "Sèvres", "contact@atelier-neuf.example", ["marketing"]),
            new("Brasserie Nouvelle", "food", 9, "Vanves", "contact@brasserie.example", ["export"]),
            new("Menuiserie Durand", "wood", 6, "Clamart", "contact@durand.example", ["export"]),
        ];
        CoachProfile[] coaches = [new("Anne Petit", "anne.petit@example.fr", 5, ["marketing", "export"])];

        var result = await ProgrammeSimulator.SimulateAsync(SimulationRequest.ForCohort(template.Programme, template.CompanyWorkflowJson, template.CohortWorkflowJson, new DateOnly(2026, 9, 1), companies, coaches));

        var lastSession = result.Calendar.Where(e => e is { Kind: "Coaching", Company: "Menuiserie Durand" }).Max(e => e.At);
        var finalReview = result.Calendar.Single(e => e is { Kind: "Milestone", Company: "Menuiserie Durand", Title: "Revue finale" }).At;
        Assert.True(finalReview < lastSession, "The case needs a review due before the session that plans it.");
        Assert.Equal(0, result.Completion.StillRunning);
        Assert.Equal(3, result.Completion.Graduated);
        Assert.True(result.Completion.AllCompleted);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public async Task SimulateAsync_EachTemplate_RunsAWholeCohortToCompletion(string id)
    {
        var result = await ProgrammeSimulator.SimulateAsync(SimulationRequest.For(ProgrammeTemplates.Get(id), Monday6January2025, companies: 5, coaches: 2));

        var completion = result.Completion;
        Assert.Empty(completion.Incidents);
        Assert.Equal(5, completion.CompanyInstances);
        Assert.Equal(5, completion.Completed);
        Assert.Equal(5, completion.Graduated);
        Assert.Equal(WorkflowStatus.Completed, completion.CohortInstance);
        Assert.True(completion.AllCompleted);

        // Every session was recorded on time, everyone present.
        Assert.NotEmpty(result.Calendar);
        Assert.Equal(result.FinalTotals.SessionsPlanned, result.FinalTotals.SessionsHeld);
        Assert.Equal(0, result.FinalTotals.SessionsLate);
        Assert.Equal(100m, result.FinalTotals.AttendanceRate);
        Assert.Equal(result.FinalTotals.MilestonesPlanned, result.FinalTotals.MilestonesPassed);
    }

    [Fact]
    public async Task SimulateAsync_BoostInnovation_DatesMovedByTheFrenchCalendar()
    {
        var result = await SimulateBoostAsync();
        var company = result.Calendar.First(e => e.Kind == "Coaching").Company;
        var sessions = result.Calendar.Where(e => e.Kind == "Coaching" && e.Company == company).Select(e => e.At).ToList();

        // Monthly from Monday 6 January at 10:00 (cohort start 09:00 + PT1H): 6 April is a Sunday, 6 July too;
        // August is closed (to Monday 1 September), 6 September a Saturday, 6 December too.
        Assert.Equal(
            [
                Paris(2025, 1, 6, 10), Paris(2025, 2, 6, 10), Paris(2025, 3, 6, 10), Paris(2025, 4, 7, 10),
                Paris(2025, 5, 6, 10), Paris(2025, 6, 6, 10), Paris(2025, 7, 7, 10), Paris(2025, 9, 1, 10),
                Paris(2025, 9, 8, 10), Paris(2025, 10, 6, 10), Paris(2025, 11, 6, 10), Paris(2025, 12, 8, 10),
            ],
            sessions);
        Assert.All(sessions, at => Assert.Equal(TimeSpan.FromHours(at.Month is > 3 and < 11 ? 2 : 1), at.Offset));

        var reviews = result.Calendar.Where(e => e.Kind == "Milestone" && e.Company == company).ToList();
        Assert.Equal(
            [("Revue à mi-parcours", Paris(2025, 7, 7, 10)), ("Revue finale", Paris(2026, 1, 5, 18))],
            reviews.Select(r => (r.Title, r.At)));
        Assert.All(reviews, r => Assert.Equal(ReviewerRole.Funder, r.Reviewer));

        // The first Innov Tour visit on Thursday 9 January, the first Happy Innov on Thursday 23 January.
        Assert.Equal(Paris(2025, 1, 9, 14), result.Calendar.First(e => e.Kind == "Visit").At);
        Assert.Equal(Paris(2025, 1, 23, 18, 30), result.Calendar.First(e => e.Kind == "Networking").At);
    }

    [Fact]
    public async Task SimulateAsync_BoostInnovation_CoachLoadAddsUpToEverySession()
    {
        var result = await SimulateBoostAsync();

        // 17 companies × 12 sessions = 204, shared by 3 coaches of 6 places (17 / 3 rounded up).
        Assert.Equal(204, result.CoachLoads.Sum(l => l.Sessions));
        Assert.Equal(3, result.CoachLoads.Select(l => l.Coach).Distinct().Count());
        Assert.All(result.CoachLoads, l => Assert.InRange(l.Companies, 1, 6));

        // September has two sessions per company (August's, moved to the 1st, and September's own).
        Assert.Equal(34, result.CoachLoads.Where(l => l.Month == "2025-09").Sum(l => l.Sessions));
        Assert.DoesNotContain(result.CoachLoads, l => l.Month == "2025-08");
    }

    [Fact]
    public async Task SimulateAsync_BoostInnovation_EveryTargetReachedByTheEnd()
    {
        var result = await SimulateBoostAsync();

        // Connect Innov's members join the network, not the cohort's workflows: the preview cannot bring them.
        Assert.All(result.Targets.Where(t => t.Kpi != KpiKind.Members), t => Assert.Equal(KpiStatus.Met, t.FinalStatus));
        Assert.Equal(0m, result.Targets.Single(t => t.Kpi == KpiKind.Members).FinalValue);
        var reached = result.Targets.ToDictionary(t => t.Kpi, t => t.ReachedOn);
        Assert.Equal(Monday6January2025, reached[KpiKind.CompaniesEnrolled]);
        Assert.Equal(Monday6January2025, reached[KpiKind.AttendanceRate]); // 100 % from the first session
        Assert.Equal(new DateOnly(2026, 1, 5), reached[KpiKind.MilestonesPassed]); // the 17 final reviews
        Assert.Equal(new DateOnly(2026, 1, 5), reached[KpiKind.CompaniesGraduated]);
    }

    [Fact]
    public async Task SimulateAsync_SemaineDeLInnovation_ThirtyEventsOfTheWeekWithTheArticlesAttendances()
    {
        var result = await ProgrammeSimulator.SimulateAsync(SimulationRequest.For(ProgrammeTemplates.Get("semaine-de-l-innovation"), new DateOnly(2009, 11, 23), 1, 1));

        // 30 manifestations from Monday 23 to Friday 27 November 2009; the article gives the attendance of five of
        // them only (450 + 190 + 60 + 50 + 30 = 780), so the preview counts those and no more.
        Assert.Equal(30, result.Calendar.Count);
        Assert.Equal((new DateOnly(2009, 11, 23), new DateOnly(2009, 11, 27)), (DateOnly.FromDateTime(result.Calendar.Min(e => e.At).Date), DateOnly.FromDateTime(result.Calendar.Max(e => e.At).Date)));
        var visitors = Assert.Single(result.Targets, t => t.Kpi == KpiKind.Visitors);
        Assert.Equal(780m, visitors.FinalValue);
        Assert.Null(visitors.ReachedOn);
    }

    [Fact]
    public async Task SimulateAsync_TwoRuns_GiveTheSameResult()
    {
        var first = await SimulateAsync("boost-innovation", 7, 2);
        var second = await SimulateAsync("boost-innovation", 7, 2);

        // The same companies with the same coaches: the synthetic cohort and the screening order are deterministic.

        Assert.Equal(first.Calendar, second.Calendar);
        Assert.Equal(first.Targets, second.Targets);
        Assert.Equal(first.FinalTotals, second.FinalTotals);
        Assert.Equal(first.CoachLoads, second.CoachLoads);
    }

    [Fact]
    public async Task SimulateAsync_SemaineDeLInnovation_SameDayEventsWarnedInTheSameOrderEveryRun()
    {
        // Several manifestations share a day (and an hour): the warning names them in one order, whatever the order
        // the private database returned them in.
        var request = SimulationRequest.For(ProgrammeTemplates.Get("semaine-de-l-innovation"), new DateOnly(2009, 11, 23), 1, 1);
        var first = await ProgrammeSimulator.SimulateAsync(request);

        for (var run = 0; run < 4; run++)
        {
            var again = await ProgrammeSimulator.SimulateAsync(request);
            Assert.Equal(first.Warnings, again.Warnings);
            Assert.Equal(first.Calendar, again.Calendar);
        }

        Assert.Contains(first.Warnings, w => w.Kind == SimulationWarningKind.EventsSameDay);
    }

    [Fact]
    public void SimulationRequest_ProgrammeWithACohortDefinitionButNoDocument_IsRefused()
    {
        var template = ProgrammeTemplates.Get("boost-innovation");

        var error = Assert.Throws<ArgumentException>(() => new SimulationRequest(template.Programme, template.CompanyWorkflowJson, null, Monday6January2025, 17, 3));

        Assert.Equal("cohortWorkflowJson", error.ParamName);
    }

    private static Task<SimulationResult> SimulateBoostAsync() => SimulateAsync("boost-innovation", 17, 3);

    private static Task<SimulationResult> SimulateAsync(string id, int companies, int coaches) =>
        ProgrammeSimulator.SimulateAsync(SimulationRequest.For(ProgrammeTemplates.Get(id), Monday6January2025, companies, coaches));

    private static DateTimeOffset Paris(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0);
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris").GetUtcOffset(local));
    }
}
