using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.DependencyInjection;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Templates;
using Cohorts.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Workflows.Tests.Kpis;

/// <summary>How many sessions a cohort's workflows plan, read from their definitions.</summary>
public sealed class JourneySessionsTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddCohortsWorkflows().BuildServiceProvider();
    private static readonly DateTimeOffset CohortStart = new(2025, 1, 6, 9, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Each template's typical cohort, every company there from the start: the sessions its target counts.</summary>
    [Theory]
    [InlineData("boost-innovation", 12, 24)] // a coaching session a month for each company; Innov Tour and Happy Innov, monthly
    [InlineData("openlab-exploration-innovation", 0, 36)] // 18 conferences, each with its cold feedback
    [InlineData("cime-learning-expedition", 0, 3)]
    [InlineData("semaine-de-l-innovation", 0, 30)]
    [InlineData("tournee-de-l-innovation", 0, 40)]
    public void Of_TheTemplates_PlanTheirSessionsTarget(string id, int perCompany, int events)
    {
        var template = ProgrammeTemplates.Get(id);

        var plan = JourneySessions.Of(Read(template.CompanyWorkflowJson), template.CohortWorkflowJson is { } cohort ? Read(cohort) : null);

        Assert.NotNull(plan);
        Assert.Equal((perCompany, events), (plan.ForCompany(CohortStart, joinedAt: null), plan.CohortEvents));
        var target = template.Programme.Targets.Single(t => t.Kpi == KpiKind.SessionsHeld).Target;
        Assert.Equal(target, (perCompany * template.SuggestedCompanies) + events);
    }

    [Fact]
    public void ForCompany_OfBranchesOneRuns_TheMost_AndOfASequenceOrAParallelEach()
    {
        var journey = Workflow(
            Coaching("first"),
            new If { Condition = "input.admitted", Then = new Sequence { Activities = [Coaching("then-1"), Coaching("then-2")] }, Else = Coaching("else") },
            new Engine.Activities.Parallel { Branches = [Coaching("beside"), Monthly(3, Coaching("monthly"), followUp: Coaching("debrief"))] });

        var plan = JourneySessions.Of(journey, cohortWorkflow: null);

        Assert.Equal(10, plan!.ForCompany(CohortStart, joinedAt: null));
        Assert.Equal(0, plan.CohortEvents);
    }

    [Fact]
    public void Of_ASessionInALoop_OrInARecurrenceEndingAtADate_OrAnchoredElsewhere_IsNotKnown()
    {
        Assert.Null(JourneySessions.Of(Workflow(new Repeat { Count = 3, Body = Coaching("repeated") }), cohortWorkflow: null));
        Assert.Null(JourneySessions.Of(Workflow(new RecurringSessions { Every = IsoDuration.FromMonths(1), Until = "cohortEnd", Body = Coaching("until") }), cohortWorkflow: null));
        Assert.Null(JourneySessions.Of(Workflow(new RecurringSessions { Every = IsoDuration.FromMonths(1), Count = 3, From = "joinedAt", Body = Coaching("anchored") }), cohortWorkflow: null));
        Assert.Null(JourneySessions.Of(Workflow(Monthly(3, Coaching("coaching"))), Workflow(Monthly(2, Coaching("a-coaching-session-for-the-cohort")))));
        Assert.Null(JourneySessions.Of(Workflow(Event("an-event-for-each-company")), cohortWorkflow: null));
    }

    [Fact]
    public void Of_LoopsAndRecurrencesWithoutSessions_CountNothing()
    {
        var journey = Workflow(new Repeat { Count = 3, Body = new Intake { Id = "repeated" } }, Monthly(12, Coaching("monthly")));

        Assert.Equal(12, JourneySessions.Of(journey, Workflow(Event("kick-off")))!.ForCompany(CohortStart, joinedAt: null));
    }

    /// <summary>
    /// A company that joined in March of a cohort of 20 weekly sessions: the count leaves out the occurrences before it
    /// joined, and is what its journey plans when the year is run.
    /// </summary>
    [Fact]
    public async Task ForCompany_ACompanyThatJoinedLate_IsWhatItsJourneyPlans()
    {
        Activity[] steps = [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), Weekly(20), new WaitForSignal { Signal = "never" }];
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, steps);
        var joined = new DateTimeOffset(2025, 3, 12, 9, 0, 0, TimeSpan.FromHours(1));
        await harness.RunTimersUntilAsync(joined);
        var added = await harness.Get<CompanyChangeService>().AddAsync(cohort.CohortId, new CompanyApplication("Distillerie Moreau", "food", 12, "Anet", "moreau@distillerie.example", ["industry"]), "manager@example.org");
        await harness.RunTimersUntilAsync(joined.AddMonths(6));
        var planned = (await Seed.SessionsOfAsync(harness, added.Id)).Count;
        var founder = (await Seed.SessionsOfAsync(harness, cohort.Companies[0].Id)).Count;

        var plan = JourneySessions.Of(await harness.Catalog.GetLatestAsync(Seed.JourneyId), cohortWorkflow: null)!;
        var start = CohortInput.Start(await harness.CohortQueries.GetCohortAsync(cohort.CohortId), WorkflowsHarness.Paris);

        Assert.Equal((20, 10), (founder, planned)); // sessions 11 to 20
        Assert.Equal(planned, plan.ForCompany(start, added.JoinedAt));
        Assert.Equal(founder, plan.ForCompany(start, joinedAt: null));
    }

    private static CoachingSession Coaching(string id) => new() { Id = id, At = "2025-03-03" };

    private static CollectiveEvent Event(string id) => new() { Id = id, Title = id, Kind = SessionKind.Networking, At = "2025-03-03" };

    private static RecurringSessions Monthly(int count, Activity body, Activity? followUp = null) => new()
    {
        Every = IsoDuration.FromMonths(1),
        Count = count,
        Body = body,
        FollowUp = followUp,
        FollowUpAfter = followUp is null ? null : IsoDuration.FromDays(7),
    };

    private static RecurringSessions Weekly(int count) => new() { Every = IsoDuration.FromDays(7), Count = count, Offset = IsoDuration.Parse("PT1H"), Body = new CoachingSession { At = "plannedAt", Title = "Session ${occurrence + 1}" } };

    private static WorkflowDefinition Read(string json) =>
        Services.GetRequiredService<DefinitionSerializer>().Read(json, DefinitionReadMode.Strict).GetDefinitionOrThrow();

    private static WorkflowDefinition Workflow(params Activity[] activities)
    {
        var builder = WorkflowBuilder.Create("journey", "Journey").InTimeZone("Europe/Paris").WithCalendar(WorkflowsHarness.FrenchCalendar);
        foreach (var activity in activities)
        {
            builder.Then(activity);
        }

        return builder.Build(Services.GetRequiredService<ActivityRegistry>());
    }
}
