using System.Security.Claims;
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

/// <summary>
/// The invitation link's page: the person chooses their name, password and language; the account is made and they
/// are signed in. A bad, used or expired link says so.
/// </summary>
[AllowAnonymous]
public sealed class AcceptModel(AccountService accounts, SignInManager<CohortsUser> signIn, TimeProvider clock, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public AcceptInput Input { get; set; } = new();

    public InvitationView? Invitation { get; private set; }

    public string? LinkProblem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is { } invitation)
        {
            // The language the person reads this page in (their browser's, or the switch's), else the invitation's.
            Input.Name = invitation.Name;
            var reading = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            Input.Language = AccountLanguages.IsSupported(reading) ? reading : invitation.Language;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is null)
        {
            return Page();
        }

        try
        {
            var user = await accounts.AcceptInvitationAsync(Token, Input.Name, Input.Password, Input.Language, cancellationToken);
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "pwd")]);
            CultureCookie.Remember(Response, user.Language, clock.GetUtcNow());
            return LocalRedirect(RoleLanding.PathFor(await signIn.UserManager.GetRolesAsync(user)));
        }
        catch (DomainRuleException refusal)
        {
            FieldProblems.Show(ModelState, refusal, text, "name", "password", "language");
            return Page();
        }
    }

    private async Task<InvitationView?> FindAsync(CancellationToken cancellationToken)
    {
        try
        {
            return Invitation = await accounts.FindInvitationAsync(Token, cancellationToken);
        }
        catch (DomainRuleException refusal)
        {
            LinkProblem = text[refusal.Errors.First().Value[0]];
            return null;
        }
    }
}
