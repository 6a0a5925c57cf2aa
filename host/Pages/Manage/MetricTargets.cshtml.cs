using System.Globalization;
using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Web;
using Cohorts.Workflows.Metrics;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>A cohort's own metric targets (over its programme's, metric by metric), for its programme's managers (docs/domain.md, "Metrics").</summary>
public sealed class MetricTargetsModel(UserAccess access, MetricTargetService targets, MetricQueries queries, IStringLocalizer<MetricText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Gets or sets the cohort's own targets as typed, by metric id (empty: the programme's).</summary>
    [BindProperty]
    public Dictionary<string, string?> Targets { get; set; } = [];

    public CohortMetrics Metrics { get; private set; } = null!;

    public IReadOnlyDictionary<string, decimal> ProgrammeTargets { get; private set; } = new Dictionary<string, decimal>();

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var own = await LoadAsync(cancellationToken);
        Targets = own.ToDictionary(t => t.MetricId, t => (string?)t.Target.ToString("0.##", CultureInfo.CurrentCulture), StringComparer.Ordinal);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        var typed = Targets.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToList();
        var list = new List<MetricTargetInput>();
        foreach (var (metricId, value) in typed)
        {
            if (TypedNumbers.Read(value) is { } number)
            {
                list.Add(new MetricTargetInput(metricId, number));
            }
            else
            {
                ModelState.AddModelError($"Targets[{metricId}]", text["A number, or nothing for the programme's target."]);
            }
        }

        if (ModelState.IsValid)
        {
            try
            {
                await targets.SetCohortTargetsAsync(Id, list, access.Email, cancellationToken);
                Saved = true;
            }
            catch (DomainRuleException rule) when (!rule.IsNotFound)
            {
                foreach (var (path, _) in rule.Errors)
                {
                    var index = path.StartsWith("targets[", StringComparison.Ordinal) && int.TryParse(path["targets[".Length..path.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture, out var i) && i < list.Count ? i : -1;
                    ModelState.AddModelError(index >= 0 ? $"Targets[{list[index].MetricId}]" : string.Empty, text["A number from 0 to 1,000,000,000,000."]);
                }
            }
        }

        return Page();
    }

    private async Task<List<MetricTarget>> LoadAsync(CancellationToken cancellationToken)
    {
        await access.RequireCohortManagerAsync(Id, cancellationToken);
        Metrics = await queries.ForCohortAsync(Id, cancellationToken);
        var all = await queries.TargetsAsync(Metrics.Programme.Id, cancellationToken);
        ProgrammeTargets = all.Where(t => t.CohortId is null).ToDictionary(t => t.MetricId, t => t.Target, StringComparer.Ordinal);
        return [.. all.Where(t => t.CohortId == Id)];
    }
}
