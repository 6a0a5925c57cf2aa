using Cohorts.Host.Access;
using Cohorts.Host.Reporting;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Pages.Funder;

/// <summary>A funder's progress page: the cohorts they fund and, for one, its indicators, charts, companies and exports.</summary>
public sealed class ProgressModel(UserAccess access, IDbContextFactory<CohortsDbContext> domain, ProgressReader reader) : PageModel
{
    /// <summary>Gets or sets the cohort shown (the first funded one when none is asked for).</summary>
    [BindProperty(SupportsGet = true, Name = "cohort")]
    public Guid? CohortId { get; set; }

    public IReadOnlyList<FundedCohort> Funded { get; private set; } = [];

    public CohortProgress? Progress { get; private set; }

    public decimal? Share { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var funders = await access.GetFunderRecordsAsync(cancellationToken);
        var ids = funders.Select(f => f.CohortId).ToList();
        await using (var db = await domain.CreateDbContextAsync(cancellationToken))
        {
            var cohorts = await db.Cohorts.AsNoTracking().Where(c => ids.Contains(c.Id) && c.ArchivedAt == null).ToListAsync(cancellationToken);
            Funded = [.. cohorts
                .OrderBy(c => c.StartDate)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .Select(c => new FundedCohort(c.Id, c.Name, funders.First(f => f.CohortId == c.Id).Share))];
        }

        var selected = CohortId ?? (Funded.Count > 0 ? Funded[0].CohortId : null);
        if (selected is not { } cohortId)
        {
            return;
        }

        var rights = await access.RequireProgressReaderAsync(cohortId, cancellationToken);
        CohortId = cohortId;
        Progress = await reader.ReadAsync(cohortId, cancellationToken);
        Share = Progress.Funders.FirstOrDefault(f => f.Id == rights.FunderId)?.Share;
    }
}
