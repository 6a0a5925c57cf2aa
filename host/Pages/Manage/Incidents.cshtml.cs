using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Host.Tables;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>
/// The faulted journeys of the manager's cohorts, each with its incident and a Retry button; sorted, filtered, searched
/// and paged on the server (<c>?sort=recent|journey|cohort&amp;filter=companies|collective&amp;q=&amp;page=</c>).
/// </summary>
public sealed class IncidentsModel(InstanceReader reader, IStringLocalizer<ManagerText> text) : PageModel
{
    /// <summary>The incidents of a page unless asked otherwise.</summary>
    public const int PageSize = 25;

    /// <summary>Gets how incidents sort, filter and search: the newest first by default.</summary>
    public static TableView<IncidentView> Table { get; } = new(
        "recent",
        new Dictionary<string, Func<IncidentView, object?>>
        {
            ["recent"] = i => -i.At.UtcTicks,
            ["journey"] = i => i.Owner.CompanyName,
            ["cohort"] = i => i.Owner.CohortName,
        },
        i => $"{i.Owner.CompanyName} {i.Owner.CohortName} {i.Message}",
        new Dictionary<string, Func<IncidentView, bool>>
        {
            ["companies"] = i => i.Owner.CompanyId is not null,
            ["collective"] = i => i.Owner.CompanyId is null,
        });

    public TablePage<IncidentView> Incidents { get; private set; } = null!;

    public string? Notice { get; private set; }

    public bool NoticeIsBad { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

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

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Incidents = Table.Apply(await reader.ListIncidentsAsync(cancellationToken), TableQuery.From(Request.Query, PageSize));
}
