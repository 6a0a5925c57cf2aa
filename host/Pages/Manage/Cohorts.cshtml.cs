using Cohorts.Host.Manage;
using Cohorts.Host.Tables;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Manage;

/// <summary>The cohorts of the programmes the manager runs, sorted, filtered, searched and paged on the server (<see cref="CohortTable"/>).</summary>
public sealed class CohortsModel(CohortReader reader, TimeProvider clock) : PageModel
{
    public TablePage<CohortSummary> Cohorts { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Archived cohorts only when asked for (?archived=true), as GET /api/cohorts.
        var archived = string.Equals(Request.Query["archived"], "true", StringComparison.OrdinalIgnoreCase);
        var managed = (await reader.ListVisibleAsync(archived, cancellationToken)).Where(c => c.Manages);
        Cohorts = CohortTable.View(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Apply(managed, TableQuery.From(Request.Query, CohortTable.PageSize));
    }
}
