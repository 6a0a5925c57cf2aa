using Cohorts.Host.Manage;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Inbox;

/// <summary>
/// A manager's incidents: the journeys of their programmes stopped on an error (as the incidents page finds them), one
/// item per journey, in words (the error's own text stays on the incidents page).
/// </summary>
public sealed class IncidentsSource(InstanceReader instances, IStringLocalizer<InboxText> text) : IInboxSource
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<InboxItem>> ItemsAsync(CancellationToken cancellationToken)
    {
        var incidents = await instances.ListIncidentsAsync(cancellationToken);
        return
        [
            .. incidents
                .GroupBy(i => i.Owner.InstanceId)
                .Select(g => g.OrderBy(i => i.At).First())
                .Select(i => new InboxItem(
                    InboxKinds.Incident,
                    i.Owner.CompanyName is { } company
                        ? text["The journey of {0} ({1}) stopped on an error: retry it", company, i.Owner.CohortName]
                        : text["The collective events of {0} stopped on an error: retry them", i.Owner.CohortName],
                    "/manage/incidents",
                    i.At,
                    true)),
        ];
    }
}
