using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Services;

/// <summary>Programmes created from templates or blank, edited and archived through <see cref="ProgrammeAuthoring"/>, on a SQLite file.</summary>
public sealed class ProgrammeAuthoringTests
{
    [Fact]
    public async Task CreateAsync_SameTemplateTwiceAndBlank_EachHasItsOwnIdAndDefinitions()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var authoring = harness.Get<ProgrammeAuthoring>();

        var first = await authoring.CreateAsync(new NewProgramme("Boost Innovation", "boost-innovation"), "claire@example.fr");
        var second = await authoring.CreateAsync(new NewProgramme("Boost Innovation", "boost-innovation"), "claire@example.fr");
        var blank = await authoring.CreateAsync(new NewProgramme("Tournée de l'été", DurationMonths: 3), "claire@example.fr");

        Assert.Equal(("boost-innovation", "boost-innovation-company", "boost-innovation-cohort"), (first.Id, first.DefinitionId, first.CohortDefinitionId));
        Assert.Equal(("boost-innovation-2", "boost-innovation-2-company", "boost-innovation-2-cohort"), (second.Id, second.DefinitionId, second.CohortDefinitionId));
        Assert.Equal(("tournee-de-l-ete", "tournee-de-l-ete-company", (string?)null), (blank.Id, blank.DefinitionId, blank.CohortDefinitionId));
        Assert.Equal((3, 0, (decimal?)null), (blank.DurationMonths, blank.Targets.Count, blank.Budget));
        Assert.Equal((200_000m, 0.5m), (second.Budget, second.CofundingShare));
        Assert.Equal("boost-innovation-2-company", (await harness.Catalog.GetLatestAsync("boost-innovation-2-company")).DefinitionId);
        Assert.Equal(1, (await harness.Catalog.GetLatestAsync("tournee-de-l-ete-company")).Version);
        await using var db = await harness.OpenDbAsync();
        Assert.Equal(3, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.ProgrammeAdded));
    }

    [Fact]
    public async Task CreateAsync_BlankAndFromATemplate_JourneysNamedAfterTheProgrammeAndABlankOneFitsItsDuration()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var authoring = harness.Get<ProgrammeAuthoring>();

        var boost = await authoring.CreateAsync(new NewProgramme("Boost Innovation Nord", "boost-innovation"), "claire@example.fr");
        var blank = await authoring.CreateAsync(new NewProgramme("Pilote", DurationMonths: 3), "claire@example.fr");

        Assert.Equal("Boost Innovation Nord\u00a0: parcours d’une entreprise", (await harness.Catalog.GetLatestAsync(boost.DefinitionId)).Name);
        Assert.Equal("Boost Innovation Nord\u00a0: événements de la promotion", (await harness.Catalog.GetLatestAsync(boost.CohortDefinitionId!)).Name);
        var journey = await harness.Catalog.GetLatestAsync(blank.DefinitionId);
        Assert.Equal("Pilote\u00a0: parcours d’une entreprise", journey.Name);
        Assert.Contains("pendant 3\u00a0mois", journey.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, false, 3, "Pilote\u00a0: parcours d’une entreprise", "Séance de coaching n°")]
    [InlineData(12, true, 12, "Pilote: a company's journey", "Coaching session no. ")]
    [InlineData(1, false, 1, "Pilote\u00a0: parcours d’une entreprise", "Séance de coaching n°")]
    public void BlankJourney_OneSessionAMonthForTheDurationInTheManagersLanguage(int months, bool english, int sessions, string name, string title)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(Cohorts.Workflows.Templates.BlankProgramme.CompanyWorkflowJson("pilote-company", "Pilote", "Europe/Paris", months, english))!;
        var recurring = document["root"]!["activities"]![2]!["then"]!["activities"]![1]!;

        Assert.Equal(name, document["name"]!.GetValue<string>());
        Assert.Equal("RecurringSessions", recurring["type"]!.GetValue<string>());
        Assert.Equal(sessions, recurring["count"]!.GetValue<int>());
        Assert.StartsWith(title, recurring["body"]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Boost Innovation", "boost-innovation")]
    [InlineData("OpenLab « Exploration-Innovation »", "openlab-exploration-innovation")]
    [InlineData("Semaine de l’Innovation", "semaine-de-l-innovation")]
    [InlineData("Tournée de l’innovation", "tournee-de-l-innovation")]
    [InlineData("  ¡¿ !! ", "programme")]
    public void Slug_TemplateNames_AreTheTemplatesIds(string name, string slug) => Assert.Equal(slug, ProgrammeSlug.Of(name));

    [Fact]
    public async Task CreateAsync_BlankWithoutNameOrDuration_ListsBothProblems()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Get<ProgrammeAuthoring>().CreateAsync(new NewProgramme(" ")));

        Assert.Equal(["durationMonths", "name"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UpdateAsync_NewCalendar_PublishesANewVersionOnlyOfThatProgrammesDefinitions()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var authoring = harness.Get<ProgrammeAuthoring>();
        var one = await authoring.CreateAsync(new NewProgramme("Boost Innovation", "boost-innovation"));
        var two = await authoring.CreateAsync(new NewProgramme("Boost Innovation", "boost-innovation"));
        var settings = await authoring.ReadSettingsAsync(one.Id);

        var edited = await authoring.UpdateAsync(one.Id, settings with
        {
            Calendar = new CalendarSettings(true, "FR", [new ClosureSettings("2027-04-12", "2027-04-16", "Déménagement")]),
            Budget = 150_000m,
            CoFunders = [new CoFunderSettings("Département", 0.3m), new CoFunderSettings("Région", 0.2m)],
            Targets = new Dictionary<string, decimal> { ["SessionsHeld"] = 100 },
        }, "claire@example.fr");

        Assert.Equal(2, (await harness.Catalog.GetLatestAsync(one.DefinitionId)).Version);
        Assert.Equal(2, (await harness.Catalog.GetLatestAsync(one.CohortDefinitionId!)).Version);
        Assert.Equal(1, (await harness.Catalog.GetLatestAsync(two.DefinitionId)).Version);
        Assert.Equal(new DateOnly(2027, 4, 19), (await harness.Catalog.GetLatestAsync(one.DefinitionId)).Calendar!.NextWorkingDay(new DateOnly(2027, 4, 12)));
        Assert.Equal((150_000m, 0.5m, "Département, Région"), (edited.Budget, edited.CofundingShare, edited.FunderName));
        Assert.Equal([new KpiTarget(KpiKind.SessionsHeld, 100)], edited.Targets);
        Assert.Equal(200_000m, (await harness.Programmes.GetAsync(two.Id)).Budget);

        // The same settings again publish nothing.
        await authoring.UpdateAsync(one.Id, await authoring.ReadSettingsAsync(one.Id));
        Assert.Equal(2, (await harness.Catalog.GetLatestAsync(one.DefinitionId)).Version);
    }

    [Fact]
    public async Task UpdateAsync_SharesOverOneAndABadClosure_ChangesNothing()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var authoring = harness.Get<ProgrammeAuthoring>();
        var programme = await authoring.CreateAsync(new NewProgramme("Boost Innovation", "boost-innovation"));
        var settings = await authoring.ReadSettingsAsync(programme.Id);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => authoring.UpdateAsync(programme.Id, settings with
        {
            Budget = 1m,
            CoFunders = [new CoFunderSettings("A", 0.6m), new CoFunderSettings("B", 0.6m)],
        }));
        var calendar = await Assert.ThrowsAsync<DomainRuleException>(() => authoring.UpdateAsync(programme.Id, settings with
        {
            Budget = 1m,
            Calendar = new CalendarSettings(true, "XX", [new ClosureSettings("02-30", "03-01", null)]),
        }));

        Assert.Equal(["coFunders"], error.Errors.Keys);
        Assert.Contains("calendar.holidays", calendar.Errors.Keys);
        Assert.Contains(calendar.Errors.Keys, k => k.StartsWith("calendar.closures[0]", StringComparison.Ordinal));
        Assert.Equal(200_000m, (await harness.Programmes.GetAsync(programme.Id)).Budget);
        Assert.Equal(1, (await harness.Catalog.GetLatestAsync(programme.DefinitionId)).Version);
    }

    [Fact]
    public async Task SetArchivedAsync_ArchivedProgramme_StartsNoCohortUntilRestored()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var authoring = harness.Get<ProgrammeAuthoring>();
        var programme = await authoring.CreateAsync(new NewProgramme("Atelier", DurationMonths: 2));

        await authoring.SetArchivedAsync(programme.Id, archived: true, "claire@example.fr");
        await authoring.SetArchivedAsync(programme.Id, archived: true, "claire@example.fr");
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => harness.Launcher.CreateAsync(Plan(programme.Id)));
        await authoring.SetArchivedAsync(programme.Id, archived: false, "claire@example.fr");
        var cohortId = await harness.Launcher.CreateAsync(Plan(programme.Id));

        Assert.Equal("programmeId", refused.Field);
        Assert.NotEqual(Guid.Empty, cohortId);
        await using var db = await harness.OpenDbAsync();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.ProgrammeArchived));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.ProgrammeRestored));
    }

    [Fact]
    public async Task CohortSettings_TargetsAndArchive_OverrideTheProgrammesAndAreAudited()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var programme = await harness.Get<ProgrammeAuthoring>().CreateAsync(new NewProgramme("Boost Innovation", "boost-innovation"));
        var cohortId = await harness.Launcher.CreateAsync(Plan(programme.Id));
        var settings = harness.Get<CohortSettingsService>();

        var cohort = await settings.SetTargetsAsync(cohortId, new Dictionary<string, decimal> { ["SessionsHeld"] = 40 }, "claire@example.fr");
        var wrong = await Assert.ThrowsAsync<DomainRuleException>(() => settings.SetTargetsAsync(cohortId, new Dictionary<string, decimal> { ["AttendanceRate"] = 120 }));
        var archived = await settings.SetArchivedAsync(cohortId, archived: true, "claire@example.fr");

        Assert.Equal(40m, Cohorts.Workflows.Kpis.ProgressCalculator.Targets(cohort, programme)[KpiKind.SessionsHeld]);
        Assert.Equal(17m, Cohorts.Workflows.Kpis.ProgressCalculator.Targets(cohort, programme)[KpiKind.CompaniesEnrolled]);
        Assert.Equal(["targets.AttendanceRate"], wrong.Errors.Keys);
        Assert.NotNull(archived.ArchivedAt);
        Assert.Equal([new KpiTarget(KpiKind.SessionsHeld, 40)], archived.Targets);
        await using var db = await harness.OpenDbAsync();
        Assert.Equal(
            [AuditActions.CohortCreated, AuditActions.CohortTargetsSet, AuditActions.CohortArchived],
            await db.AuditEntries.Where(e => e.CohortId == cohortId).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
    }

    private static CohortPlan Plan(string programmeId) => new(
        programmeId,
        "Promotion test",
        new DateOnly(2027, 1, 4),
        new DateOnly(2027, 6, 30),
        [new CompanyApplication("Atelier Numérique", "services", 5, "Nanterre", "contact@atelier.example", ["digital"])],
        [new CoachProfile("Anne Coach", "anne@example.fr", 3, ["digital"], null)],
        []);
}
