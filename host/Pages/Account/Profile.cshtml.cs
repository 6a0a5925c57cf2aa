using Cohorts.Host.Identity;
using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Account;

/// <summary>The signed-in person's name and language (their pages and e-mails).</summary>
[Authorize]
public sealed class ProfileModel(AccountService accounts, SignInManager<CohortsUser> signIn, TimeProvider clock, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty]
    public AcceptInput Input { get; set; } = new();

    public string Email { get; private set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task OnGetAsync()
    {
        var user = await accounts.GetProfileAsync();
        Email = user.Email ?? string.Empty;
        Input.Name = user.DisplayName;
        Input.Language = AccountLanguages.OrDefault(user.Language);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var user = await accounts.UpdateProfileAsync(Input.Name, Input.Language, cancellationToken);
            CultureCookie.Remember(Response, user.Language, clock.GetUtcNow());
            await signIn.RefreshSignInAsync(user); // the header shows the new name from the next page on
            return LocalRedirect("/account/profile?saved=true");
        }
        catch (DomainRuleException refusal)
        {
            Email = (await accounts.GetProfileAsync()).Email ?? string.Empty;
            FieldProblems.Show(ModelState, refusal, text, "name", "language");
            return Page();
        }
    }
}
