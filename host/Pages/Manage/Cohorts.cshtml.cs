using Cohorts.Host.Manage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Manage;

/// <summary>The cohorts of the programmes the manager runs.</summary>
public sealed class CohortsModel(CohortReader reader) : PageModel
{
    public IReadOnlyList<CohortSummary> Cohorts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cohorts = [.. (await reader.ListVisibleAsync(cancellationToken)).Where(c => c.Manages)];
}
