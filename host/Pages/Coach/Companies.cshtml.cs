using Cohorts.Host.Access;
using Cohorts.Host.Coaching;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Pages.Coach;

/// <summary>"My companies": the coach's companies across cohorts, with their next session and sessions held and late.</summary>
public sealed class CompaniesModel(UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CoachCompany> Companies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var coachIds = (await access.GetCoachRecordsAsync(cancellationToken)).Select(c => c.Id).ToList();
        Companies = await new CoachAgenda(domain, clock).GetCompaniesAsync(coachIds, cancellationToken);
    }
}
