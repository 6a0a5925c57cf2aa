using Cohorts.Host.Manage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Manage;

/// <summary>A programme the manager runs: its targets, its definitions and their versions, and its cohorts.</summary>
public sealed class ProgrammeModel(ProgrammeReader reader, CohortReader cohorts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public bool Created { get; set; }

    public ProgrammeDetails Programme { get; private set; } = null!;

    public IReadOnlyList<CohortSummary> Cohorts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await reader.RequireManagedAsync(Id, cancellationToken);
        Programme = await reader.GetAsync(Id, cancellationToken);
        Cohorts = [.. (await cohorts.ListVisibleAsync(cancellationToken)).Where(c => c.ProgrammeId == Id)];
    }
}
