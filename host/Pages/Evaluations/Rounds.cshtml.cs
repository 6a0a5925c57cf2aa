using Cohorts.Host.Access;
using Cohorts.Host.Evaluations;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Evaluations;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Evaluations;

/// <summary>A cohort's rounds of scored screening, and the form opening the next one (name, rubric, evaluators).</summary>
[Authorize(Policy = CohortsPolicies.Manager)]
public sealed class RoundsModel(EvaluationRounds rounds, IStringLocalizer<ScreeningText> text) : PageModel
{
    /// <summary>How many criterion rows the page offers.</summary>
    public const int CriterionRows = 5;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RoundForm Form { get; set; } = RoundForm.Default();

    public CohortAccess Cohort { get; private set; } = null!;

    public IReadOnlyList<EvaluationRound> Rounds { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var round = await rounds.OpenAsync(Id, Form.ToPlan(), cancellationToken);
            return Redirect($"/manage/rounds/{round.Id}");
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            foreach (var (path, messages) in rule.Errors)
            {
                ModelState.AddModelError(Form.Key(path), ScreeningMessages.Say(path, messages[0], rule.IsConflict, null, text));
            }

            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => (Cohort, Rounds) = await rounds.ListAsync(Id, cancellationToken);
}
