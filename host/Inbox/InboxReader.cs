namespace Cohorts.Host.Inbox;

/// <summary>
/// What waits for the signed-in user, from every registered <see cref="IInboxSource"/>: late things first (oldest
/// first), then the rest by date. Read once per request (the layout's count and the home page share it).
/// </summary>
public sealed class InboxReader(IEnumerable<IInboxSource> sources)
{
    private IReadOnlyList<InboxItem>? _items;

    /// <summary>Lists the items.</summary>
    public async Task<IReadOnlyList<InboxItem>> ItemsAsync(CancellationToken cancellationToken = default)
    {
        if (_items is null)
        {
            List<InboxItem> all = [];
            foreach (var source in sources)
            {
                all.AddRange(await source.ItemsAsync(cancellationToken));
            }

            _items = [.. all.OrderByDescending(i => i.Late).ThenBy(i => i.DueAt ?? DateTimeOffset.MaxValue).ThenBy(i => i.Title, StringComparer.CurrentCulture)];
        }

        return _items;
    }
}
