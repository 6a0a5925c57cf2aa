using Cohorts.Host.Audit;
using Cohorts.Host.Tables;
using Cohorts.Workflows.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Manage;

/// <summary>Who did what in a cohort, newest first, sorted, filtered, searched and paged on the server (<see cref="HistoryTable"/>), with its CSV export.</summary>
public sealed class HistoryModel(CohortHistory history) : PageModel
{
    /// <summary>The lines of a page unless asked otherwise.</summary>
    public const int PageSize = CohortHistory.DefaultPageSize;

    public string Title { get; private set; } = string.Empty;

    public TablePage<HistoryLine> Lines { get; private set; } = null!;

    public Guid CohortId { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        CohortId = id;
        List<HistoryLine> all = [];
        HistoryPage read;
        var number = 1;
        do
        {
            read = await history.CohortAsync(id, number++, AuditTrail.MaxPageSize, cancellationToken);
            all.AddRange(read.Lines);
        }
        while (read.HasNext && all.Count < HistoryTable.MaxLines);

        Title = read.Title;
        var query = TableQuery.From(Request.Query, PageSize);
        if (Request.Query["p"] is [{ } old] && int.TryParse(old, out var oldPage) && !Request.Query.ContainsKey("page"))
        {
            query = query with { Page = Math.Max(oldPage, 1) }; // the links written before ?page= (?p=2)
        }

        Lines = HistoryTable.View.Apply(all, query);
    }
}
