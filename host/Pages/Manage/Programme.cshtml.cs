using Cohorts.Host.Access;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Manage;

/// <summary>A programme the manager runs: its targets, its definitions and their versions, and its cohorts.</summary>
public sealed class ProgrammeModel(ProgrammeReader reader, CohortReader cohorts, ProgrammeAuthoring authoring, UserAccess access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public bool Created { get; set; }

    /// <summary>Gets or sets a value indicating whether the programme just created is a blank one (its journey made to start from, not a template's).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Blank { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public ProgrammeDetails Programme { get; private set; } = null!;

    public IReadOnlyList<CohortSummary> Cohorts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await reader.RequireManagedAsync(Id, cancellationToken);
        Programme = await reader.GetAsync(Id, cancellationToken);
        Cohorts = [.. (await cohorts.ListVisibleAsync(includeArchived: true, cancellationToken)).Where(c => c.ProgrammeId == Id)];
    }

    /// <summary>Archives the programme (kept, hidden from everyday lists, no new cohort).</summary>
    public Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken) => SetArchivedAsync(true, cancellationToken);

    /// <summary>Brings the archived programme back.</summary>
    public Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken) => SetArchivedAsync(false, cancellationToken);

    private async Task<IActionResult> SetArchivedAsync(bool archived, CancellationToken cancellationToken)
    {
        await reader.RequireManagedAsync(Id, cancellationToken);
        await authoring.SetArchivedAsync(Id, archived, access.Email, cancellationToken);
        return LocalRedirect($"/manage/programmes/{Uri.EscapeDataString(Id)}");
    }
}
