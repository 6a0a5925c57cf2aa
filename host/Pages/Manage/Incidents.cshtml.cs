using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>The faulted journeys of the manager's cohorts, each with its incident and a Retry button.</summary>
public sealed class IncidentsModel(InstanceReader reader, IStringLocalizer<ManagerText> text) : PageModel
{
    public IReadOnlyList<IncidentView> Incidents { get; private set; } = [];

    public string? Notice { get; private set; }

    public bool NoticeIsBad { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Incidents = await reader.ListIncidentsAsync(cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await reader.RetryAsync(instanceId, cancellationToken);
            NoticeIsBad = outcome.Status == WorkflowStatus.Faulted;
            Notice = NoticeIsBad
                ? text["Retried, but the step failed again: see its new incident below."]
                : text["Retried: the journey goes on from the step that had failed."];
        }
        catch (InvalidInstanceStateException)
        {
            Notice = text["This journey is not faulted any more: nothing to retry."];
        }

        Incidents = await reader.ListIncidentsAsync(cancellationToken);
        return Page();
    }
}
