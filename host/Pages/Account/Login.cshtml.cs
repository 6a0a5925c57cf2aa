using Cohorts.Host.Demo;
using Cohorts.Host.Identity;
using Cohorts.Host.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Pages.Account;

/// <summary>Sign-in with an e-mail address and password (a cookie); lists the demo accounts when the demo data is on.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<CohortsUser> signIn, IOptions<DemoOptions> demo, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<DemoAccount> DemoAccounts => demo.Value.Enabled ? DemoData.Accounts : [];

    public string DemoPassword => demo.Value.Password;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? text["Too many failed attempts: the account is locked for a while."]
            : text["Wrong e-mail address or password."]);
        return Page();
    }
}
