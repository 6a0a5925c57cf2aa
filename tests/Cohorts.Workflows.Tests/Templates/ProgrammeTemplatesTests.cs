using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.DependencyInjection;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Workflows.Tests.Templates;

public sealed class ProgrammeTemplatesTests
{
    public static TheoryData<string> TemplateIds => new(ProgrammeTemplates.Ids);

    [Fact]
    public void List_BuiltInProgrammes_AreTheFourOfThePressArticles()
    {
        Assert.Equal(
            ["boost-innovation", "openlab-exploration-innovation", "semaine-de-l-innovation", "tournee-de-l-innovation"],
            ProgrammeTemplates.List().Select(t => t.Id));
        Assert.Equal(
            ["Boost Innovation", "OpenLab « Exploration-Innovation »", "Semaine de l'Innovation", "Tournée de l'innovation"],
            ProgrammeTemplates.List().Select(t => t.Programme.Name));
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Get_EachDefinition_PassesTheStrictReaderWithTheCohortActivities(string id)
    {
        var template = ProgrammeTemplates.Get(id);
        var serializer = Serializer();

        var company = serializer.Read(template.CompanyWorkflowJson, DefinitionReadMode.Strict);
        Assert.Empty(company.Problems);
        Assert.Equal(template.Programme.DefinitionId, company.Definition!.DefinitionId);
        Assert.Equal("Europe/Paris", company.Definition.TimeZoneId);
        AssertFrenchCalendar(company.Definition.Calendar);
        Assert.Contains(company.Definition.Activities, a => a is Intake);
        Assert.Contains(company.Definition.Activities, a => a is Screening);

        var cohort = serializer.Read(template.CohortWorkflowJson!, DefinitionReadMode.Strict);
        Assert.Empty(cohort.Problems);
        Assert.Equal(template.Programme.CohortDefinitionId, cohort.Definition!.DefinitionId);
        AssertFrenchCalendar(cohort.Definition.Calendar);
    }

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Get_EachProgramme_DescribedInFrenchAndEnglishInParis(string id)
    {
        var template = ProgrammeTemplates.Get(id);

        Assert.Equal(template.Description.French, template.Programme.Description);
        Assert.False(string.IsNullOrWhiteSpace(template.Description.English));
        Assert.Equal("Europe/Paris", template.Programme.TimeZoneId);
        Assert.NotEmpty(template.Programme.Targets);
        Assert.False(string.IsNullOrWhiteSpace(template.Organiser));
        Assert.False(string.IsNullOrWhiteSpace(template.Source));
    }

    [Fact]
    public void Get_BoostInnovation_AYearFor17CompaniesAnd3CoachesHalfFundedByTheDepartment()
    {
        var template = ProgrammeTemplates.Get("boost-innovation");
        var programme = template.Programme;

        Assert.Equal(12, programme.DurationMonths);
        Assert.Equal(0.5m, programme.CofundingShare);
        Assert.Equal("Département des Hauts-de-Seine", programme.FunderName);

        // "100 000 euros, soit 50 % du montant total": a total of 200,000 euros.
        Assert.Equal((200_000m, "EUR"), (programme.Budget, programme.Currency));
        Assert.Equal((17, 3), (template.SuggestedCompanies, template.SuggestedCoaches));
        Assert.Contains("orphelines de l'innovation", programme.Description, StringComparison.Ordinal);

        // 17 companies × 12 monthly sessions + 12 Innov Tour visits + 12 Happy Innov evenings = 228; two reviews each.
        Assert.Equal(
            [
                new KpiTarget(KpiKind.CompaniesEnrolled, 17m),
                new KpiTarget(KpiKind.SessionsHeld, 228m),
                new KpiTarget(KpiKind.AttendanceRate, 80m),
                new KpiTarget(KpiKind.MilestonesPassed, 34m),
                new KpiTarget(KpiKind.CompaniesGraduated, 17m),
            ],
            programme.Targets);

        var journey = Read(template.CompanyWorkflowJson);
        var coaching = Assert.Single(journey.Activities.OfType<RecurringSessions>());
        Assert.Equal((IsoDuration.FromMonths(1), 12), (coaching.Every, coaching.Count));
        Assert.IsType<CoachingSession>(coaching.Body);
        Assert.Equal(
            [("Revue à mi-parcours", ReviewerRole.Funder), ("Revue finale", ReviewerRole.Funder)],
            journey.Activities.OfType<MilestoneReview>().Select(m => (m.Name, m.Reviewer)));
        Assert.Equal(CompanyStatus.Graduated, Assert.Single(journey.Activities.OfType<Complete>()).Status);

        var events = Read(template.CohortWorkflowJson!).Activities.OfType<CollectiveEvent>().Select(e => e.Kind);
        Assert.Equal([SessionKind.Visit, SessionKind.Networking], events);
    }

    [Theory]
    [InlineData("openlab-exploration-innovation")]
    [InlineData("semaine-de-l-innovation")]
    [InlineData("tournee-de-l-innovation")]
    public void Get_ProgrammeWhoseArticleGivesNoAmount_HasNoBudget(string id)
    {
        var programme = ProgrammeTemplates.Get(id).Programme;

        Assert.Null(programme.Budget);
        Assert.Equal("EUR", programme.Currency);
    }

    [Fact]
    public void Get_OpenLab_AConferenceEveryTwoMonthsForThreeYearsEachWithItsColdFeedback()
    {
        var template = ProgrammeTemplates.Get("openlab-exploration-innovation");

        Assert.Equal(36, template.Programme.DurationMonths);
        var conferences = Assert.Single(Read(template.CohortWorkflowJson!).Activities.OfType<RecurringSessions>());
        Assert.Equal((IsoDuration.FromMonths(2), 18, IsoDuration.FromMonths(1)), (conferences.Every, conferences.Count, conferences.FollowUpAfter));
        Assert.Equal(SessionKind.Conference, Assert.IsType<CollectiveEvent>(conferences.Body).Kind);
        Assert.Equal(SessionKind.Feedback, Assert.IsType<CollectiveEvent>(conferences.FollowUp).Kind);
        Assert.Contains("outil collaboratif", Assert.IsType<CollectiveEvent>(conferences.Body).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_SemaineDeLInnovation_ThirtyEventsExpecting2000Visitors()
    {
        var template = ProgrammeTemplates.Get("semaine-de-l-innovation");

        // 2,500 visitors were "25 % more than expected": 2,500 / 1.25 = 2,000 expected.
        Assert.Contains(new KpiTarget(KpiKind.Visitors, 2000m), template.Programme.Targets);
        var week = Assert.Single(Read(template.CohortWorkflowJson!).Activities.OfType<RecurringSessions>());
        var day = Assert.IsType<Cohorts.Engine.Activities.Parallel>(week.Body).Branches.Cast<CollectiveEvent>().ToList();

        // 5 days × 6 events = 30 manifestations; 5 × (80 + 90 + 60 + 50 + 70 + 50) = 5 × 400 = 2,000 visitors expected.
        Assert.Equal((5, 6), (week.Count, day.Count));
        Assert.Equal(400, day.Sum(e => e.ExpectedVisitors));
    }

    [Fact]
    public void Get_TourneeDeLInnovation_FortyWorkshopStops()
    {
        var template = ProgrammeTemplates.Get("tournee-de-l-innovation");

        Assert.Contains(new KpiTarget(KpiKind.QuestionnairesCollected, 1000m), template.Programme.Targets);
        var stops = Assert.Single(Read(template.CohortWorkflowJson!).Activities.OfType<RecurringSessions>());
        Assert.Equal(40, stops.Occurrences!.Count);
        var body = Assert.IsType<Sequence>(stops.Body);
        Assert.Equal(SessionKind.Workshop, Assert.IsType<CollectiveEvent>(body.Activities[0]).Kind);
        Assert.Equal(CollectFormTo.Attendees, Assert.IsType<CollectForm>(body.Activities[1]).To);
        Assert.Equal(("Albert", "UTC"), (stops.Occurrences[30].Town, stops.Occurrences[30].Organisers![0]));
        Assert.Equal("Saint-Quentin", stops.Occurrences[33].Town);
        Assert.Equal("CCI de l'Aisne", stops.Occurrences[39].Host);
        Assert.Equal(1000, template.SuggestedCompanies);
        Assert.Contains(template.Organisations, o => o.Name == "Institut InnovENT-E");
        Assert.Single(template.FormsJson);
    }

    [Fact]
    public void Get_TwoCalls_GiveIndependentEntities()
    {
        var first = ProgrammeTemplates.Get("boost-innovation");
        first.Programme.Targets.Clear();

        Assert.NotEmpty(ProgrammeTemplates.Get("boost-innovation").Programme.Targets);
    }

    [Fact]
    public void Get_UnknownId_IsNotFound()
    {
        Assert.Throws<NotFoundException>(() => ProgrammeTemplates.Get("nope"));
        Assert.False(ProgrammeTemplates.TryGet("nope", out _));
    }

    private static DefinitionSerializer Serializer() =>
        new ServiceCollection().AddCohortsWorkflows().BuildServiceProvider().GetRequiredService<DefinitionSerializer>();

    private static WorkflowDefinition Read(string json) => Serializer().Read(json, DefinitionReadMode.Strict).GetDefinitionOrThrow();

    private static void AssertFrenchCalendar(BusinessCalendar? calendar)
    {
        Assert.NotNull(calendar);
        Assert.True(calendar.ExcludesWeekends);
        Assert.Same(FrenchPublicHolidays.Instance, calendar.Holidays);
    }
}
