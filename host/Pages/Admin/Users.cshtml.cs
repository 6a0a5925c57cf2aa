using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Admin;

/// <summary>The accounts and pending invitations: deactivate, reactivate, resend.</summary>
public sealed class UsersModel(AccountService accounts, IStringLocalizer<SharedText> text) : PageModel
{
    public AccountList List { get; private set; } = new([], []);

    public IReadOnlyDictionary<string, string> ProgrammeNames { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(() => accounts.DeactivateAsync(id, cancellationToken), text["The account is deactivated: it can no longer sign in."], cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(() => accounts.ReactivateAsync(id, cancellationToken), text["The account is active again."], cancellationToken);

    public Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(() => accounts.ResendInvitationAsync(id, cancellationToken), text["The invitation is sent again, with a new link."], cancellationToken);

    private async Task<IActionResult> ActAsync(Func<Task> action, string done, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            Notice = done;
            return LocalRedirect("/admin/users");
        }
        catch (DomainRuleException refusal)
        {
            foreach (var message in refusal.Errors.SelectMany(e => e.Value))
            {
                ModelState.AddModelError(string.Empty, text[message]);
            }

            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        List = await accounts.ListAsync(cancellationToken);
        ProgrammeNames = (await accounts.ListProgrammesAsync(cancellationToken)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }
}
