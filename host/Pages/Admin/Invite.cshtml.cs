using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Localization;
using Cohorts.Host.Pages.Account;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Admin;

/// <summary>Invites a person with a role: an e-mail with a one-time link. Bad input keeps the form and says why by the field.</summary>
public sealed class InviteModel(AccountService accounts, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public IReadOnlyList<KeyValuePair<string, string>> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.Language = AccountLanguages.OrDefault(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        Programmes = await accounts.ListProgrammesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Programmes = await accounts.ListProgrammesAsync(cancellationToken);
        try
        {
            var programmes = Input.Role == Identity.CohortsRoles.Manager ? Input.ProgrammeIds : [];
            var invitation = await accounts.InviteAsync(new InvitationRequest(Input.Email, Input.Role, Input.Name, Input.Language, programmes), cancellationToken);
            TempData["Notice"] = text["{0} is invited: the e-mail with their link is on its way.", invitation.Email].Value;
            return LocalRedirect("/admin/users");
        }
        catch (DomainRuleException refusal)
        {
            FieldProblems.Show(ModelState, refusal, text, "email", "name", "role", "language", "programmeIds");
            return Page();
        }
    }
}
