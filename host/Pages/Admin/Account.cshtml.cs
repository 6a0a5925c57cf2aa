using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Admin;

/// <summary>A manager's account: which programmes they manage.</summary>
public sealed class AccountModel(AccountService accounts, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public List<string> ProgrammeIds { get; set; } = [];

    public AccountView? Account { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> Programmes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Account is null)
        {
            return NotFound();
        }

        ProgrammeIds = [.. Account.ProgrammeIds];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await accounts.SetManagedProgrammesAsync(Id, ProgrammeIds, cancellationToken);
            TempData["Notice"] = text["The programmes are saved."].Value;
            return LocalRedirect("/admin/users");
        }
        catch (DomainRuleException refusal)
        {
            foreach (var message in refusal.Errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError(nameof(ProgrammeIds), text[message]);
            }

            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Account = (await accounts.ListAsync(cancellationToken)).Accounts.FirstOrDefault(a => a.Id == Id);
        Programmes = await accounts.ListProgrammesAsync(cancellationToken);
    }
}
