using Cohorts.Engine.Definitions;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.DependencyInjection;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Workflows.Tests.Templates;

public sealed class SemaineTemplateTests
{
    private static readonly ProgrammeTemplate Template = ProgrammeTemplates.Get("semaine-de-l-innovation");

    [Fact]
    public void Get_SemaineDeLInnovation_ThirtyEventsOfTheArticleOverFiveDays()
    {
        var week = Assert.Single(Read(Template.CohortWorkflowJson!).Activities.OfType<RecurringSessions>());
        var events = week.Occurrences!;

        // "5 jours, 21 villes, 47 organisateurs – partenaires, 30 manifestations".
        Assert.Equal(30, events.Count);
        Assert.Equal(21, events.Count(e => e.Title!.StartsWith("Portes ouvertes du CREST n°", StringComparison.Ordinal)));
        Assert.Equal([0, 1, 2, 3, 4], events.Select(e => e.Offset!.Value.Days).Distinct().Order());
        Assert.Equal(
            [
                ("Innov’embre", "Lille", "CRCI Nord-Pas de Calais", 450),
                ("Soirée Couleurs d’Entreprises", "Calais", "Chambres de Commerce et d’Industrie de la Côte d’Opale", 190),
                ("Table ronde «\u00a0Pour innover en PME\u00a0: co-construire avec les salariés au travail. Quels enjeux\u202f?\u00a0»", "Lille", "ARACT", 60),
                ("Forum INOPME", "Saint-Amand-les-Eaux", "Université de Valenciennes, INOPME", 50),
                ("Univ’Innov", "Boulogne-sur-Mer", "CCI de Boulogne-sur-Mer Côte d’Opale, Master Qualité des Procédés Agroalimentaires et Halieutiques de Boulogne-sur-Mer, OSEO", 30),
            ],
            events.Where(e => e.ExpectedVisitors is not null)
                .OrderByDescending(e => e.ExpectedVisitors)
                .Select(e => (e.Title!, e.Town!, string.Join(", ", e.Organisers!), e.ExpectedVisitors!.Value)));
    }

    [Fact]
    public void Get_SemaineDeLInnovation_TargetsTwoThousandVisitorsAndThirtyEvents()
    {
        // 2,500 visitors were "25 % more than expected": 2,500 / 1.25 = 2,000 expected.
        Assert.Contains(new KpiTarget(KpiKind.Visitors, 2000m), Template.Programme.Targets);
        Assert.Contains(new KpiTarget(KpiKind.SessionsHeld, 30m), Template.Programme.Targets);
    }

    [Fact]
    public void Get_SemaineDeLInnovation_OrganisersAreOrganisationsAndNoCompanyIsEnrolledInAdvance()
    {
        Assert.Equal((0, 0), (Template.SuggestedCompanies, Template.SuggestedCoaches));
        var names = Template.Organisations.Select(o => o.Name).ToList();
        Assert.Contains("J’innove en Nord-Pas de Calais", names);
        Assert.Equal(OrganisationKind.Chamber, Template.Organisations.Single(o => o.Name == "CRCI Nord-Pas de Calais").Kind);
        Assert.All(Template.Organisations, o => Assert.Contains(ProgrammeOrganisationRole.Organiser, o.Roles));

        // Every organiser an event names is an organisation of the template's list.
        var week = Assert.Single(Read(Template.CohortWorkflowJson!).Activities.OfType<RecurringSessions>());
        Assert.All(week.Occurrences!.SelectMany(e => e.Organisers ?? []), name => Assert.Contains(name, names));
    }

    private static WorkflowDefinition Read(string json)
    {
        var services = new ServiceCollection().AddCohortsWorkflows().BuildServiceProvider();
        return services.GetRequiredService<DefinitionSerializer>().Read(json, DefinitionReadMode.Strict).GetDefinitionOrThrow();
    }
}
