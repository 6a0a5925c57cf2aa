namespace Cohorts.Host.Tables;

/// <summary>
/// What a table can be sorted, filtered and searched on: its columns' sort keys, its named filters and the text a
/// search looks in. <see cref="Apply"/> turns rows and a <see cref="TableQuery"/> into one page.
/// </summary>
/// <typeparam name="T">A row.</typeparam>
/// <param name="DefaultSort">The column sorted on when none (or an unknown one) is asked for.</param>
/// <param name="Columns">Each sortable column's key (strings compare in the reader's culture, ignoring case).</param>
/// <param name="Searched">The text of a row a search looks in (every word searched must appear in it).</param>
/// <param name="Filters">The named filters.</param>
/// <param name="NewestFirst">
/// The columns whose key puts the latest first (a date negated, such as "recent"): sorted on that key, they show their
/// dates descending, which their header says (<see cref="TablePaging.AriaSort"/>).
/// </param>
public sealed record TableView<T>(
    string DefaultSort,
    IReadOnlyDictionary<string, Func<T, object?>> Columns,
    Func<T, string> Searched,
    IReadOnlyDictionary<string, Func<T, bool>>? Filters = null,
    IReadOnlySet<string>? NewestFirst = null)
{
    /// <summary>Filters, searches, sorts (ties by the default column) and cuts one page; a page past the last shows the last.</summary>
    public TablePage<T> Apply(IEnumerable<T> rows, TableQuery query)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(query);
        var selected = rows;
        if (query.Filter is { } filter && Filters?.GetValueOrDefault(filter) is { } keep)
        {
            selected = selected.Where(keep);
        }
        else if (query.Filter is not null)
        {
            query = query with { Filter = null };
        }

        if (query.Search is { } search)
        {
            var words = search.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            selected = selected.Where(row =>
            {
                var text = Searched(row);
                return words.All(word => text.Contains(word, StringComparison.CurrentCultureIgnoreCase));
            });
        }

        var column = query.Sort is { } asked && Columns.ContainsKey(asked) ? asked : DefaultSort;
        query = query with { Sort = column == query.Sort ? column : null };
        var all = selected as IReadOnlyCollection<T> ?? [.. selected];
        var pages = Math.Max(1, (all.Count + query.PageSize - 1) / query.PageSize);
        if (query.Page > pages)
        {
            query = query with { Page = pages };
        }

        // Skip and Take on the ordered rows sort only as far as the page asked (a partial sort, stable like the whole).
        var comparer = TableComparer.Instance;
        var ordered = query.Descending ? all.OrderByDescending(Columns[column], comparer) : all.OrderBy(Columns[column], comparer);
        if (column != DefaultSort)
        {
            ordered = ordered.ThenBy(Columns[DefaultSort], comparer);
        }

        return new TablePage<T>([.. ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)], new TablePaging(query, all.Count, DefaultSort) { NewestFirst = NewestFirst });
    }
}
