using System.Security.Claims;
using Cohorts.Host.Demo;
using Cohorts.Host.Identity;
using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Identity.Credentials;
using Cohorts.Host.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Pages.Account;

/// <summary>
/// Sign-in with an e-mail address and password (a cookie; the pages then speak the account's language); lists the demo accounts when the demo data is on. A refused
/// sign-in shows the same message whatever the reason (unknown address, wrong password, locked or disabled account).
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<CohortsUser> signIn, PasswordCheck passwords, IOptions<DemoOptions> demo, TimeProvider clock, IStringLocalizer<SharedText> text, Workflows.Audit.AuditTrail audit) : PageModel
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

        if (await passwords.CheckAsync(Input.Email, Input.Password) is { } user)
        {
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd")]);
            await audit.RecordAsync(user.Email, Workflows.Audit.AuditActions.SignedIn, subjectId: user.Id, data: new() { ["method"] = "page" }, cancellationToken: CancellationToken.None);
            CultureCookie.Remember(Response, user.Language, clock.GetUtcNow());
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : RoleLanding.PathFor(await signIn.UserManager.GetRolesAsync(user)));
        }

        ModelState.AddModelError(string.Empty, text["Wrong e-mail address or password."]);
        return Page();
    }
}
