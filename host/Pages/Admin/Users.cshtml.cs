using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Identity;
using Cohorts.Host.Localization;
using Cohorts.Host.Tables;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Admin;

/// <summary>
/// The accounts (sorted, filtered by role or standing, searched and paged on the server:
/// <c>?sort=email|name|role|status&amp;filter=manager|coach|funder|administrator|deactivated&amp;q=&amp;page=</c>) and the
/// pending invitations: deactivate, reactivate, resend, cancel.
/// </summary>
public sealed class UsersModel(AccountService accounts, IStringLocalizer<SharedText> text) : PageModel
{
    /// <summary>The accounts of a page unless asked otherwise.</summary>
    public const int PageSize = 50;

    /// <summary>Gets how the accounts sort, filter and search.</summary>
    public static TableView<AccountView> Table { get; } = new(
        "email",
        new Dictionary<string, Func<AccountView, object?>>
        {
            ["email"] = a => a.Email,
            ["name"] = a => a.Name,
            ["role"] = a => string.Join(',', a.Roles),
            ["status"] = a => a.Active ? 0 : 1,
        },
        a => $"{a.Email} {a.Name}",
        new Dictionary<string, Func<AccountView, bool>>
        {
            ["manager"] = a => a.Roles.Contains(CohortsRoles.Manager),
            ["coach"] = a => a.Roles.Contains(CohortsRoles.Coach),
            ["funder"] = a => a.Roles.Contains(CohortsRoles.Funder),
            ["administrator"] = a => a.Roles.Contains(CohortsRoles.Administrator),
            ["deactivated"] = a => !a.Active,
        });

    private const string InvitationGone = "This invitation no longer exists: it was accepted or cancelled meanwhile.";

    public AccountList List { get; private set; } = new([], []);

    /// <summary>Gets the page of accounts shown.</summary>
    public TablePage<AccountView> Accounts { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> ProgrammeNames { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(() => accounts.DeactivateAsync(id, cancellationToken), text["The account is deactivated: it can no longer sign in."], text["This account no longer exists."], cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(string id, CancellationToken cancellationToken) =>
        ActAsync(() => accounts.ReactivateAsync(id, cancellationToken), text["The account is active again."], text["This account no longer exists."], cancellationToken);

    public Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(() => accounts.ResendInvitationAsync(id, cancellationToken), text["The invitation is sent again, with a new link."], text[InvitationGone], cancellationToken);

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        InvitationView? cancelled = null;
        var result = await ActAsync(async () => cancelled = await accounts.CancelInvitationAsync(id, cancellationToken), text["The invitation is cancelled: its link no longer works."], text[InvitationGone], cancellationToken);
        if (cancelled?.Cohort is { } cohort)
        {
            // The person stays in the cohort the invitation came with: say so, and how they get a link again.
            Notice = text["The invitation is cancelled: its link no longer works. {0} is still in the cohort “{1}”: invite them again here if they should sign in.", cancelled.Email, cohort];
        }

        return result;
    }

    /// <summary>
    /// Acts, then says <paramref name="done"/>; a refusal is shown above the lists, and an account or invitation that
    /// is gone (another tab, another administrator) is said as <paramref name="gone"/>, not by its id.
    /// </summary>
    private async Task<IActionResult> ActAsync(Func<Task> action, string done, string gone, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            Notice = done;
            return LocalRedirect("/admin/users");
        }
        catch (DomainRuleException refusal) when (refusal.IsNotFound)
        {
            ModelState.AddModelError(string.Empty, gone);
            await LoadAsync(cancellationToken);
            return Page();
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
        Accounts = Table.Apply(List.Accounts, TableQuery.From(Request.Query, PageSize));
        ProgrammeNames = (await accounts.ListProgrammesAsync(cancellationToken)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }
}
