using Cohorts.Host.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Manage;

/// <summary>Who did what in a cohort, newest first, a page at a time, with its CSV export.</summary>
public sealed class HistoryModel(CohortHistory history) : PageModel
{
    public HistoryPage History { get; private set; } = new(string.Empty, [], 1, CohortHistory.DefaultPageSize, 0, false);

    public Guid CohortId { get; private set; }

    public async Task OnGetAsync(Guid id, int? p, CancellationToken cancellationToken)
    {
        CohortId = id;
        History = await history.CohortAsync(id, p ?? 1, CohortHistory.DefaultPageSize, cancellationToken);
    }
}
