using Cohorts.Host.Identity.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Account;

/// <summary>"Forgot my password": a reset link to the address's account, if any; the answer is the same either way.</summary>
[AllowAnonymous]
public sealed class ForgotModel(AccountService accounts) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        await accounts.RequestPasswordResetAsync(Email, cancellationToken);
        Sent = true;
    }
}
