using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Web;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>A cohort's own targets (over its programme's, indicator by indicator) and its archiving, for its programme's managers.</summary>
public sealed class CohortSettingsModel(UserAccess access, CohortSettingsService settings, IStringLocalizer<ProgrammeEditText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Gets or sets the cohort's own targets as typed, by indicator name (empty: the programme's).</summary>
    [BindProperty]
    public Dictionary<string, string?> Targets { get; set; } = [];

    public Cohort Cohort { get; private set; } = null!;

    public Programme Programme { get; private set; } = null!;

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Targets = Cohort.Targets.ToDictionary(t => t.Kpi.ToString(), t => (string?)t.Target.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (kind, typed) in Targets.Where(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            if (TypedNumbers.Read(typed) is { } value)
            {
                values[kind] = value;
            }
            else
            {
                ModelState.AddModelError($"Targets[{kind}]", text["A number, or nothing for the programme's target."]);
            }
        }

        if (ModelState.IsValid)
        {
            try
            {
                Cohort = await settings.SetTargetsAsync(Id, values, access.Email, cancellationToken);
                Saved = true;
            }
            catch (DomainRuleException rule) when (!rule.IsNotFound)
            {
                foreach (var (path, messages) in rule.Errors)
                {
                    var key = path.StartsWith("targets.", StringComparison.Ordinal) ? $"Targets[{path["targets.".Length..]}]" : string.Empty;
                    ModelState.AddModelError(key, LimitText.TryLocalize(messages[0], text) ?? text["A number from 0 (a rate at most 100)."]);
                }
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostArchiveAsync(bool archived, CancellationToken cancellationToken)
    {
        await access.RequireCohortManagerAsync(Id, cancellationToken);
        await settings.SetArchivedAsync(Id, archived, access.Email, cancellationToken);
        return LocalRedirect($"/manage/cohorts/{Id}/settings");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var cohortAccess = await access.RequireCohortManagerAsync(Id, cancellationToken);
        Cohort = cohortAccess.Cohort;
        Programme = cohortAccess.Programme;
    }
}
