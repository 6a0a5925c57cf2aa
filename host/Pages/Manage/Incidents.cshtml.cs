using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Host.Tables;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>
/// The faulted journeys of the manager's cohorts, each with its incident and what resolves it: retry, skip the step or
/// cancel the journey (with a reason), or move it to a newer version of its definition (then retry); sorted, filtered, searched
/// and paged on the server (<c>?sort=recent|journey|cohort&amp;filter=companies|collective&amp;q=&amp;page=</c>).
/// </summary>
public sealed class IncidentsModel(InstanceReader reader, IStringLocalizer<ManagerText> text, IncidentVersions versions, JourneyMigrations migrations, IStringLocalizer<MigrationText> words) : PageModel
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
        },
        NewestFirst: new HashSet<string> { "recent" });

    public TablePage<IncidentView> Incidents { get; private set; } = null!;

    public string? Notice { get; private set; }

    public bool NoticeIsBad { get; private set; }

    /// <summary>Gets each shown journey's version and the newest one (for "move to version N").</summary>
    public IReadOnlyDictionary<Guid, VersionChoice> Versions { get; private set; } = new Dictionary<Guid, VersionChoice>();

    /// <summary>Gets the journey whose skip or cancel was refused, the action, the reason typed and why it was refused.</summary>
    public (Guid InstanceId, string Action, string? Reason, string Error)? Refused { get; private set; }

    public async Task<IActionResult> OnPostSkipAsync(Guid instanceId, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await reader.SkipAsync(instanceId, reason, cancellationToken);
            NoticeIsBad = outcome.Status == WorkflowStatus.Faulted;
            Notice = NoticeIsBad ? words["Skipped, but a later step failed: see its new incident below."] : words["Skipped: the journey goes on after that step."];
        }
        catch (DomainRuleException rule) when (rule.Field == "reason")
        {
            Refused = (instanceId, "skip", reason, words["Say why the step is skipped (at most 2,000 characters)."]);
        }
        catch (InvalidInstanceStateException)
        {
            Notice = text["This journey is not faulted any more: nothing to retry."];
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid instanceId, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            await reader.CancelAsync(instanceId, reason, cancellationToken);
            Notice = words["Journey cancelled: its sessions to come and its milestones are cancelled."];
        }
        catch (DomainRuleException rule) when (rule.Field == "reason")
        {
            Refused = (instanceId, "cancel", reason, words["Say why the journey is cancelled (at most 2,000 characters)."]);
        }
        catch (InvalidInstanceStateException)
        {
            Notice = words["This journey has ended already: nothing to cancel."];
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid instanceId, int targetVersion, CancellationToken cancellationToken)
    {
        await reader.RequireManagedAsync(instanceId, cancellationToken);
        var incident = (await reader.ListIncidentsAsync(cancellationToken)).FirstOrDefault(i => i.Owner.InstanceId == instanceId);
        var choice = incident is null ? null : (await versions.ReadAsync([incident], cancellationToken)).GetValueOrDefault(instanceId);
        if (choice is null)
        {
            Notice = text["This journey is not faulted any more: nothing to retry."];
        }
        else
        {
            try
            {
                var outcome = await migrations.RunAsync(choice.ProgrammeId, choice.DefinitionId, new MigrationOrder(targetVersion, [instanceId], null, null, null, DryRun: false), cancellationToken);
                var moved = outcome.Instances.Single();
                NoticeIsBad = !moved.Migrated;
                Notice = moved.Migrated
                    ? words["Moved to version {0}: retry it to run that version's step.", targetVersion]
                    : words["This journey cannot move to version {0}: {1}", targetVersion, string.Join(" ", moved.Reasons.Select(r => LimitText.Localize(r.Message, words)))];
            }
            catch (DomainRuleException rule)
            {
                (NoticeIsBad, Notice) = (true, LimitText.Localize(rule.Message, words));
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

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

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Incidents = Table.Apply(await reader.ListIncidentsAsync(cancellationToken), TableQuery.From(Request.Query, PageSize));
        Versions = await versions.ReadAsync(Incidents.Rows, cancellationToken);
    }
}
