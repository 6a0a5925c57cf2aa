using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Account;

/// <summary>"Forgot my password": a reset link to the address's account, if any; the answer is the same either way.</summary>
[AllowAnonymous]
public sealed class ForgotModel(AccountService accounts, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        // An empty or malformed address is the person's typing, said next to the field; any address that could be
        // one gets the same answer whether it has an account or not.
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), text["Enter your e-mail address."]);
            return;
        }

        try
        {
            AccountRules.RequireEmail(Email);
        }
        catch (DomainRuleException)
        {
            ModelState.AddModelError(nameof(Email), text["Enter a valid e-mail address."]);
            return;
        }

        await accounts.RequestPasswordResetAsync(Email, cancellationToken);
        Sent = true;
    }
}
