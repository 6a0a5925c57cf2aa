using Cohorts.Host.Manage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Manage;

/// <summary>A programme manager's home: per cohort, what is late, what waits for their decision and the incidents.</summary>
public sealed class HomeModel(ManagerHomeReader reader) : PageModel
{
    public IReadOnlyList<CohortAgenda> Cohorts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Cohorts = await reader.ReadAsync(cancellationToken);
}
