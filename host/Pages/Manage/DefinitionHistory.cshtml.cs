using Cohorts.Host.Diagrams;
using Cohorts.Host.Manage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Manage;

/// <summary>A definition's versions (who published each, and when) and the line diff of two of them, chosen by the manager.</summary>
public sealed class DefinitionHistoryModel(ProgrammeReader reader, DefinitionHistory history) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string DefinitionId { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public string ProgrammeName { get; private set; } = string.Empty;

    public IReadOnlyList<VersionHistoryEntry> Versions { get; private set; } = [];

    /// <summary>Gets the journey's name as its latest version gives it (its id when it has no version).</summary>
    public string JourneyName => Versions.MaxBy(v => v.Version)?.Name is { Length: > 0 } name ? name : DefinitionId;

    public VersionDiff? Diff { get; private set; }

    /// <summary>Gets the definition's editor page.</summary>
    public string EditorPath => $"/manage/programmes/{Uri.EscapeDataString(Id)}/definitions/{Uri.EscapeDataString(DefinitionId)}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var programme = await reader.RequireDefinitionAsync(Id, DefinitionId, cancellationToken);
        ProgrammeName = programme.Name;
        Versions = await history.ListAsync(Id, DefinitionId, cancellationToken);
        if (Versions.Count == 0)
        {
            return;
        }

        // By default the latest change: the version before the latest against the latest.
        var known = Versions.Select(v => v.Version).ToHashSet();
        To = To is { } to && known.Contains(to) ? to : Versions[0].Version;
        From = From is { } from && known.Contains(from) ? from : Versions.Count > 1 ? Versions[1].Version : To;
        Diff = await history.DiffAsync(Id, DefinitionId, From.Value, To.Value, cancellationToken);
    }
}
