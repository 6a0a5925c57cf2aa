using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>
/// Moves a programme's running journeys to another version of its journey: choose the journey (companies' or the
/// collective events'), the version they run, the version to move them to and optionally a cohort; preview where each
/// step, wait and timer goes and what cannot move; then move them (each in its own step, audited).
/// </summary>
public sealed class MigrationsModel(ProgrammeReader programmes, JourneyMigrations migrations, IDbContextFactory<CohortsDbContext> domain, IStringLocalizer<MigrationText> words) : PageModel
{
    /// <summary>Gets or sets the definition whose journeys move (the companies' by default).</summary>
    [BindProperty(SupportsGet = true)]
    public string? DefinitionId { get; set; }

    /// <summary>Gets or sets the version the journeys run.</summary>
    [BindProperty(SupportsGet = true)]
    public int? FromVersion { get; set; }

    /// <summary>Gets or sets the version to move them to.</summary>
    [BindProperty(SupportsGet = true)]
    public int? TargetVersion { get; set; }

    /// <summary>Gets or sets the cohort, or null for every cohort.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? CohortId { get; set; }

    public ProgrammeDetails Programme { get; private set; } = null!;

    public DefinitionSummary Definition { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];

    public MigrationOutcome? Outcome { get; private set; }

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public string? Notice { get; private set; }

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        FromVersion ??= Definition.Versions.Select(v => v.Version).Where(v => v < Definition.LatestVersion).DefaultIfEmpty(Definition.LatestVersion).Max();
        TargetVersion ??= Definition.LatestVersion;
    }

    public Task<IActionResult> OnPostPreviewAsync(string id, CancellationToken cancellationToken) => RunAsync(id, dryRun: true, cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(string id, CancellationToken cancellationToken) => RunAsync(id, dryRun: false, cancellationToken);

    /// <summary>The errors of a field, to show next to it.</summary>
    public IReadOnlyList<string> ErrorsOf(params string[] fields) =>
        [.. fields.SelectMany(f => Errors.GetValueOrDefault(f) ?? []), .. fields.Contains("mapping") ? Errors.Where(e => e.Key.StartsWith("mapping.", StringComparison.Ordinal)).SelectMany(e => e.Value) : []];

    private async Task<IActionResult> RunAsync(string id, bool dryRun, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        try
        {
            Outcome = await migrations.RunAsync(id, Definition.DefinitionId, new MigrationOrder(TargetVersion, null, CohortId, FromVersion, null, dryRun), cancellationToken);
            Notice = (dryRun, Outcome.Instances.Count) switch
            {
                (_, 0) => words["No journey runs version {0} here: nothing to move.", FromVersion ?? 0],
                (true, _) => words["Preview: {0} of {1} journeys can move to version {2}. Nothing has changed yet.", Outcome.Moved, Outcome.Instances.Count, Outcome.TargetVersion],
                _ => words["{0} of {1} journeys moved to version {2}.", Outcome.Moved, Outcome.Instances.Count, Outcome.TargetVersion],
            };
        }
        catch (DomainRuleException rule)
        {
            Errors = rule.Errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)[.. e.Value.Select(m => LimitText.Localize(m, words))], StringComparer.Ordinal);
        }

        return Page();
    }

    private async Task LoadAsync(string id, CancellationToken cancellationToken)
    {
        Programme = await programmes.GetAsync(id, cancellationToken);
        Definition = Programme.Definitions.FirstOrDefault(d => d.DefinitionId == DefinitionId)
            ?? Programme.Definitions.FirstOrDefault(d => d.Role == "company")
            ?? Programme.Definitions[0];
        DefinitionId = Definition.DefinitionId;
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        Cohorts = [.. (await db.Cohorts.AsNoTracking().Where(c => c.ProgrammeId == id).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken)).OrderBy(c => c.Name, StringComparer.CurrentCulture).Select(c => (c.Id, c.Name))];
    }
}
