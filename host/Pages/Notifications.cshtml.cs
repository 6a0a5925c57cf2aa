using Cohorts.Host.Inbox;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages;

/// <summary>The user's notifications, read and unread, with "mark read" for one or all (for this user only).</summary>
[Authorize]
public sealed class NotificationsModel(NotificationCenter notifications) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Unread { get; set; }

    public IReadOnlyList<NotificationView> Notifications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Notifications = await notifications.ListAsync(Unread, cancellationToken);

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await notifications.MarkReadAsync(id, cancellationToken);
        }
        catch (DomainRuleException exception) when (exception.IsNotFound)
        {
            return NotFound();
        }

        return LocalRedirect(Unread ? "/notifications?unread=true" : "/notifications");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        await notifications.MarkAllReadAsync(cancellationToken);
        return LocalRedirect("/notifications");
    }
}
