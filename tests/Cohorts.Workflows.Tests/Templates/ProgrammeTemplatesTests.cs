using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.DependencyInjection;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Workflows.Tests.Templates;

public sealed class ProgrammeTemplatesTests
{
    public static TheoryData<string> TemplateIds => new(ProgrammeTemplates.Ids);

    [Fact]
    public void List_BuiltInProgrammes_AreTheFiveOfThePublishedArticles()
    {
        Assert.Equal(
            ["boost-innovation", "cime-learning-expedition", "openlab-exploration-innovation", "semaine-de-l-innovation", "tournee-de-l-innovation"],
            ProgrammeTemplates.List().Select(t => t.Id));
        Assert.Equal(
            ["Boost Innovation", "CIME learning expedition", "OpenLab « Exploration-Innovation »", "Semaine de l’Innovation", "Tournée de l’innovation"],
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
        Assert.Contains("orphelines de l’innovation", programme.Description, StringComparison.Ordinal);

        // 17 companies × 12 monthly sessions + 12 Innov Tour visits + 12 Happy Innov evenings = 228; two reviews each.
        Assert.Equal(
            [
                new KpiTarget(KpiKind.CompaniesEnrolled, 17m),
                new KpiTarget(KpiKind.SessionsHeld, 228m),
                new KpiTarget(KpiKind.AttendanceRate, 80m),
                new KpiTarget(KpiKind.MilestonesPassed, 34m),
                new KpiTarget(KpiKind.CompaniesGraduated, 17m),
                new KpiTarget(KpiKind.Members, 100m), // Connect Innov: "passé la barre des cent entreprises adhérentes"
            ],
            programme.Targets);

        // The partners the article names, the CCI organising and the Département funding; the first Innov Tour visit
        // at Schneider Electric's head office in Rueil-Malmaison, the others named "Visite Innov Tour n°N".
        Assert.Equal(11, template.Organisations.Count);
        Assert.Contains(template.Organisations, o => o.Name == "CCI des Hauts-de-Seine" && o.Roles.Contains(ProgrammeOrganisationRole.Organiser));
        Assert.Contains(template.Organisations, o => o.Name == "Département des Hauts-de-Seine" && o.Roles.Contains(ProgrammeOrganisationRole.Funder));
        Assert.Equal(9, template.Organisations.Count(o => o.Roles.Contains(ProgrammeOrganisationRole.Partner)));
        var tour = Read(template.CohortWorkflowJson!).Activities.OfType<RecurringSessions>().First();
        Assert.Equal(12, tour.Occurrences!.Count);
        Assert.Equal(("Schneider Electric", "Rueil-Malmaison"), (tour.Occurrences[0].Host, tour.Occurrences[0].Town));
        Assert.Equal("Visite Innov Tour n°12", tour.Occurrences[11].Title);
        Assert.All(tour.Occurrences.Skip(1), o => Assert.Null(o.Host));

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
    [InlineData("cime-learning-expedition")]
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
        var coldFeedback = Assert.IsType<Cohorts.Engine.Activities.Parallel>(conferences.FollowUp).Branches;
        Assert.Equal(SessionKind.Feedback, Assert.IsType<CollectiveEvent>(coldFeedback[0]).Kind);
        var asked = Assert.IsType<CollectForm>(Assert.IsType<Cohorts.Engine.Activities.If>(coldFeedback[1]).Then);
        Assert.Equal(("retour-a-froid", CollectFormTo.Attendees, "occurrenceSessionId"), (asked.Form, asked.To, asked.SessionId));
        Assert.Contains("cocktail et d’un repas", Assert.IsType<CollectiveEvent>(conferences.Body).Title, StringComparison.Ordinal);
        Assert.Equal("École Universitaire de Management de Clermont-Ferrand", Assert.IsType<CollectiveEvent>(conferences.Body).Host);
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
        Assert.Equal("CCI de l’Aisne", stops.Occurrences[39].Host);
        Assert.Equal(1000, template.SuggestedCompanies);
        Assert.Contains(template.Organisations, o => o.Name == "Institut InnovENT-E");
        Assert.Single(template.FormsJson);
    }

    [Fact]
    public void Get_CimeLearningExpedition_ThreeVisitsHostedAsTheArticleNamesThemEachAnalysedThenFourLessons()
    {
        var template = ProgrammeTemplates.Get("cime-learning-expedition");

        Assert.Equal((12, (decimal?)null), (template.SuggestedCompanies, template.Programme.Budget));
        var visits = Assert.Single(Read(template.CohortWorkflowJson!).Activities.OfType<RecurringSessions>());
        Assert.Equal(
            ["Michelin", "Village by CA (Crédit Agricole)", "Université Clermont Auvergne"],
            visits.Occurrences!.Select(o => o.Host));
        Assert.All(visits.Occurrences!, o => Assert.Equal((SessionKind.Visit, "Clermont-Ferrand"), (o.Kind!.Value, o.Town)));
        var collected = Read(template.CohortWorkflowJson!).Activities.OfType<CollectForm>().ToList();
        Assert.Equal([("analyse-visite", CollectFormTo.Attendees), ("enseignements-transverses", CollectFormTo.Organisers)], collected.Select(c => (c.Form, c.To)));
        var lessons = System.Text.Json.Nodes.JsonNode.Parse(template.FormsJson.Single(f => f.Contains("\"enseignements-transverses\"", StringComparison.Ordinal)))!;
        Assert.Equal(
            ["Savoir valoriser ses ressources", "Prendre soin avec exigence de son territoire", "Identifier les combinaisons gagnantes", "Apprendre des autres"],
            lessons["questions"]!.AsArray().Select(q => q!["label"]!["fr"]!.GetValue<string>()));
        Assert.Equal(
            ["CIME", "Chaire Capital Humain et Innovation, Grenoble INP IAE", "Michelin", "Village by CA (Crédit Agricole)", "Université Clermont Auvergne"],
            template.Organisations.Select(o => o.Name));
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
