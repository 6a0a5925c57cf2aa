using Cohorts.Host.Manage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Manage;

/// <summary>A workflow instance's timeline from its execution log, with its incidents.</summary>
public sealed class TimelineModel(InstanceReader reader) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public InstanceTimeline Timeline { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Timeline = await reader.TimelineAsync(Id, cancellationToken);
}
