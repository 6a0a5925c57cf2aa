using Cohorts.Host.Inbox;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages;

/// <summary>The home page: a signed-in user's inbox (what waits for them, their unread notifications); anyone else sees the welcome.</summary>
public sealed class IndexModel(InboxReader inbox, NotificationCenter notifications) : PageModel
{
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public IReadOnlyList<InboxItem> Items { get; private set; } = [];

    public IReadOnlyList<NotificationView> Unread { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (SignedIn)
        {
            Items = await inbox.ItemsAsync(cancellationToken);
            Unread = await notifications.ListAsync(unreadOnly: true, cancellationToken);
        }
    }
}
