using Cohorts.Host.Coaching;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage.Companies;

/// <summary>
/// A company of a cohort the manager runs: status, coach, sessions with their changes (move, cancel, no-show,
/// correct), ending its journey (withdrawn or dropped out), deciding a waitlisted application.
/// </summary>
public sealed class CompanyModel(
    CompanyPageReader reader,
    SessionChangeActions sessionChanges,
    CompanyChanges companyChanges,
    CompanyDecisions decisions,
    TimeProvider clock,
    IStringLocalizer<ChangesText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid CohortId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid CompanyId { get; set; }

    public CompanyPage View { get; private set; } = null!;

    [BindProperty]
    public SessionChangeForm? Change { get; set; }

    [BindProperty]
    public WithdrawForm Withdraw { get; set; } = new();

    [BindProperty]
    public DecisionForm Decision { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await reader.ReadAsync(CohortId, CompanyId, cancellationToken);

    public async Task<IActionResult> OnPostChangeAsync(CancellationToken cancellationToken)
    {
        View = await reader.ReadAsync(CohortId, CompanyId, cancellationToken);
        OnlyErrorsOf(SessionChangeActions.Prefix);
        var session = View.Sessions.FirstOrDefault(s => s.Id == Change?.SessionId);
        if (Change is null || session is null)
        {
            return NotFound();
        }

        if (await sessionChanges.RunAsync(Change, session, ModelState, cancellationToken) is not { } notice)
        {
            return Page();
        }

        return Done(notice);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        View = await reader.ReadAsync(CohortId, CompanyId, cancellationToken);
        OnlyErrorsOf(nameof(Withdraw));
        if (!ModelState.IsValid)
        {
            return Page(); // a box whose value cannot be read ("maybe"): said next to it, and the company left as it is
        }

        if (!Withdraw.Confirm)
        {
            ModelState.AddModelError($"{nameof(Withdraw)}.{nameof(WithdrawForm.Confirm)}", text["Tick the box to confirm."]);
            return Page();
        }

        try
        {
            var (_, cancelled) = await companyChanges.WithdrawAsync(CompanyId, Withdraw.Reason, Withdraw.DroppedOut, cancellationToken);
            return Done(Withdraw.DroppedOut
                ? text["{0}: dropped out; sessions cancelled: {1}.", View.Company.Name, cancelled]
                : text["{0}: withdrawn from the programme; sessions cancelled: {1}.", View.Company.Name, cancelled]);
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            var key = rule.Field == "reason" ? $"{nameof(Withdraw)}.{nameof(WithdrawForm.Reason)}" : nameof(Withdraw);
            ModelState.AddModelError(key, LimitText.TryLocalize(rule.Errors.First().Value[0], text) ?? (rule.Field == "reason" ? text["Say why."] : text["Its journey is over already: nothing was changed."]));
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken cancellationToken)
    {
        View = await reader.ReadAsync(CohortId, CompanyId, cancellationToken);
        OnlyErrorsOf(nameof(Decision));
        try
        {
            await decisions.ScreenAsync(CompanyId, Decision.Decision ?? string.Empty, Decision.Reasons, Decision.ShareReasons, cancellationToken);
            return Done(text["Decision recorded for {0}.", View.Company.Name]);
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            var key = rule.Field == "reasons" ? $"{nameof(Decision)}.{nameof(DecisionForm.Reasons)}" : nameof(Decision);
            var message = LimitText.TryLocalize(rule.Errors.First().Value[0], text) ?? rule.Field switch
            {
                "reasons" => text["Say why."],
                "decision" => text["Choose a decision."],
                _ when rule.IsConflict => text["The application was decided already: nothing was changed."],
                _ => text["This company is not waiting for a decision."],
            };
            ModelState.AddModelError(key, message);
            return Page();
        }
    }

    /// <summary>The change forms of one session.</summary>
    public SessionChangeBox Box(SessionDetails session) => new(session, Change, Now);

    private RedirectToPageResult Done(string notice)
    {
        Notice = notice;
        return RedirectToPage(new { CohortId, CompanyId });
    }

    /// <summary>Keeps only the errors of the form posted: the page's other forms bind empty.</summary>
    private void OnlyErrorsOf(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
    }
}
