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

/// <summary>A round's summary for its manager: averages, spread, missing scores; closing it with the applications advanced; deciding each application.</summary>
[Authorize(Policy = CohortsPolicies.Manager)]
public sealed class RoundModel(EvaluationRounds rounds, IStringLocalizer<ScreeningText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid RoundId { get; set; }

    /// <summary>Gets or sets the companies advanced when closing.</summary>
    [BindProperty]
    public List<Guid> Advance { get; set; } = [];

    /// <summary>Gets or sets the company decided.</summary>
    [BindProperty]
    public Guid CompanyId { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    public RoundSummary Summary { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    /// <summary>Gets the problems of the decision of <see cref="CompanyId"/>, by field.</summary>
    public Dictionary<string, string> DecisionErrors { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Summary = await rounds.SummaryAsync(RoundId, cancellationToken);

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await rounds.CloseAsync(RoundId, Advance, cancellationToken);
            Notice = text["The round is closed. Applications advanced to the next round: {0}", Advance.Count];
            return RedirectToPage(new { RoundId });
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            foreach (var (path, messages) in rule.Errors)
            {
                ModelState.AddModelError(string.Empty, ScreeningMessages.Say(path, messages[0], rule.IsConflict, null, text));
            }

            Summary = await rounds.SummaryAsync(RoundId, cancellationToken);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken cancellationToken)
    {
        try
        {
            await rounds.DecideAsync(RoundId, CompanyId, Decision, Reasons, shareReasons: true, cancellationToken);
            Notice = text["Decision recorded."];
            return RedirectToPage(new { RoundId });
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            foreach (var (path, messages) in rule.Errors)
            {
                DecisionErrors[path] = path switch
                {
                    "reasons" => text["Say why (at most 2,000 characters)."],
                    "decision" => text["Choose a decision."],
                    _ when rule.IsConflict => text["This application was decided already."],
                    _ => text["This application cannot be decided now."],
                };
            }

            Summary = await rounds.SummaryAsync(RoundId, cancellationToken);
            return Page();
        }
    }
}
