using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Account;

/// <summary>The reset link's page: a new password (the link works once).</summary>
[AllowAnonymous]
public sealed class ResetModel(AccountService accounts, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public AcceptInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await accounts.ResetPasswordAsync(UserId, Token, Input.Password, cancellationToken);
            Done = true;
        }
        catch (DomainRuleException refusal)
        {
            FieldProblems.Show(ModelState, refusal, text, "password");
        }

        return Page();
    }
}
