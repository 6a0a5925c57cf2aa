using Cohorts.Host.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Admin;

/// <summary>The account events (sign-ins, invitations, deactivations, password resets), newest first, a page at a time.</summary>
public sealed class EventsModel(CohortHistory history) : PageModel
{
    public HistoryPage Events { get; private set; } = new(string.Empty, [], 1, CohortHistory.DefaultPageSize, 0, false);

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken) =>
        Events = await history.AccountEventsAsync(p ?? 1, CohortHistory.DefaultPageSize, cancellationToken);
}
