using Cohorts.Host.Access;
using Cohorts.Host.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Manage;

/// <summary>A cohort's progress for the managers of its programme: the funder's indicators, charts, companies and exports.</summary>
public sealed class ProgressModel(UserAccess access, ProgressReader reader) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CohortProgress Progress { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await access.RequireCohortManagerAsync(Id, cancellationToken);
        Progress = await reader.ReadAsync(Id, cancellationToken);
    }
}
