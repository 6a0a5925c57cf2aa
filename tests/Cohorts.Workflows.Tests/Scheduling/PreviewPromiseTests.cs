using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Simulation;
using Cohorts.Workflows.Templates;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Scheduling;

/// <summary>
/// The preview is a promise: a Boost Innovation cohort (17 companies, 3 coaches) launched live, its year run on a fake
/// clock with the outcomes recorded in another order than the preview's, places every session where the preview said.
/// </summary>
public sealed class PreviewPromiseTests
{
    private static readonly DateOnly StartDate = new(2025, 2, 3);

    internal static readonly CompanyApplication[] Companies =
    [
        new("Diffam", "distribution", 24, "Bagneux", "contact@diffam.example", ["marketing", "strategy"]),
        new("Haveagooday", "hospitality", 12, "Boulogne-Billancourt", "hello@haveagooday.example", ["marketing", "digital"]),
        new("Mécanique Fournier", "industry", 48, "Gennevilliers", "direction@mecanique-fournier.example", ["industry", "products"]),
        new("Emballages Moreau", "packaging", 35, "Nanterre", "contact@emballages-moreau.example", ["products", "export"]),
        new("Fonderie d'art Lambert", "crafts", 9, "Clamart", "atelier@fonderie-lambert.example", ["products", "marketing"]),
        new("Dubois Conseil", "services", 7, "Courbevoie", "contact@dubois-conseil.example", ["strategy", "hr"]),
        new("Bâtiments Girard", "construction", 62, "Colombes", "contact@batiments-girard.example", ["hr", "industry"]),
        new("Conserverie Mercier", "food", 18, "Antony", "contact@conserverie-mercier.example", ["products", "export"]),
        new("Tissages Bonnet", "textile", 27, "Puteaux", "contact@tissages-bonnet.example", ["export", "marketing"]),
        new("Roux Énergies", "energy", 15, "Rueil-Malmaison", "contact@roux-energies.example", ["strategy", "industry"]),
        new("Petit Numérique", "digital", 11, "Issy-les-Moulineaux", "bonjour@petit-numerique.example", ["digital", "strategy"]),
        new("Forges Durand", "industry", 80, "Levallois-Perret", "contact@forges-durand.example", ["industry", "export"]),
        new("Laurent Logistique", "distribution", 40, "Suresnes", "contact@laurent-logistique.example", ["strategy", "digital"]),
        new("Atelier Simon", "crafts", 6, "Montrouge", "atelier@atelier-simon.example", ["marketing", "products"]),
        new("Garcia Maintenance", "services", 22, "Clichy", "contact@garcia-maintenance.example", ["hr", "digital"]),
        new("Legrand Imprimerie", "industry", 30, "Meudon", "contact@legrand-imprimerie.example", ["products", "marketing"]),
        new("Vincent Paysages", "services", 14, "Antony", "contact@vincent-paysages.example", ["hr", "strategy"]),
    ];

    internal static readonly CoachProfile[] Coaches =
    [
        new("Julien Martin", "julien.martin@example.fr", 6, ["industry", "products", "export"]),
        new("Sophie Leroy", "sophie.leroy@example.fr", 6, ["marketing", "digital", "strategy"], [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday]),
        new("Karim Benali", "karim.benali@example.fr", 6, ["hr", "strategy", "export"]) { WorkStart = new TimeOnly(8, 30), WorkEnd = new TimeOnly(16, 0) },
    ];

    [Fact]
    public async Task LiveCohort_RunThroughItsYear_PlacesEverySessionAsThePreviewDid()
    {
        var template = ProgrammeTemplates.Get("boost-innovation");
        var preview = await ProgrammeSimulator.SimulateAsync(
            SimulationRequest.ForCohort(template.Programme, template.CompanyWorkflowJson, template.CohortWorkflowJson, StartDate, Companies, Coaches));

        await using var harness = await WorkflowsHarness.CreateAsync();
        var live = await LiveYear.RunAsync(harness, template, StartDate, Companies, Coaches);

        var expected = preview.Calendar.Where(e => e.Kind != "Milestone").Select(e => (e.Title, e.Company, e.Coach, e.At.UtcDateTime, e.EndsAt!.Value.UtcDateTime)).Order().ToList();
        var actual = live.Select(s => (s.Title, s.Company, s.Coach, s.At.UtcDateTime, s.EndsAt.UtcDateTime)).Order().ToList();
        Assert.Equal(12 * 17 + 24, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Preview_BoostWith17CompaniesAnd3Coaches_EverySessionInAFreeSlotOfItsCoachAndReviewsWithinTheCohort()
    {
        var template = ProgrammeTemplates.Get("boost-innovation");
        var preview = await ProgrammeSimulator.SimulateAsync(
            SimulationRequest.ForCohort(template.Programme, template.CompanyWorkflowJson, template.CohortWorkflowJson, StartDate, Companies, Coaches));
        var zone = ZonedTime.FindZone("Europe/Paris")!;
        var end = ZonedTime.ToInstant(preview.EndDate.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);

        var coaching = preview.Calendar.Where(e => e.Kind == "Coaching").ToList();
        Assert.Equal(17 * 12, coaching.Count);
        foreach (var byCoach in coaching.GroupBy(e => e.Coach))
        {
            var coach = Coaches.Single(c => c.Name == byCoach.Key);
            var ordered = byCoach.OrderBy(e => e.At).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                Assert.True(ordered[i].At >= ordered[i - 1].EndsAt, $"{coach.Name}: '{ordered[i].Title}' ({ordered[i].Company}) at {ordered[i].At} overlaps '{ordered[i - 1].Title}' ({ordered[i - 1].Company}) ending {ordered[i - 1].EndsAt}");
            }

            Assert.All(ordered, e =>
            {
                Assert.Equal(TimeSpan.FromMinutes(90), e.EndsAt!.Value - e.At);
                Assert.InRange(TimeOnly.FromDateTime(e.At.DateTime), coach.WorkStart ?? WorkingHours.DefaultStart, coach.WorkEnd ?? WorkingHours.DefaultEnd);
                Assert.InRange(TimeOnly.FromDateTime(e.EndsAt!.Value.DateTime), coach.WorkStart ?? WorkingHours.DefaultStart, coach.WorkEnd ?? WorkingHours.DefaultEnd);
                Assert.True(coach.AvailableDays is null || coach.AvailableDays.Contains(e.At.DayOfWeek), $"{coach.Name} does not work on {e.At.DayOfWeek}s");
            });

            // Spread over the week: a coach never sees more than three companies a day.
            Assert.All(ordered.GroupBy(e => e.At.Date), day => Assert.InRange(day.Count(), 1, 3));
        }

        // No session of a company clashes with its cohort's events, and no two events fall on one day.
        var events = preview.Calendar.Where(e => e.Kind is "Visit" or "Networking").ToList();
        Assert.All(coaching, s => Assert.DoesNotContain(events, e => e.At < s.EndsAt && s.At < e.EndsAt));
        Assert.Equal(events.Count, events.Select(e => e.At.Date).Distinct().Count());

        // Every review within the cohort, and no warning of one after its end.
        Assert.All(preview.Calendar.Where(e => e.Kind == "Milestone"), r => Assert.True(r.At < end, $"'{r.Title}' ({r.Company}) at {r.At} is after the cohort's end"));
        Assert.DoesNotContain(preview.Warnings, w => w.Kind is SimulationWarningKind.ReviewAfterEnd or SimulationWarningKind.CoachOverCapacity or SimulationWarningKind.EventsSameDay);
    }
}
