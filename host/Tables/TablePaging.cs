namespace Cohorts.Host.Tables;

/// <summary>Where a page sits in its table: the query answered, how many rows match, how many pages they fill.</summary>
/// <param name="Query">The query answered (an unknown sort or filter dropped, the page within range).</param>
/// <param name="Total">How many rows match the filter and search.</param>
/// <param name="DefaultSort">The table's default sort column.</param>
public sealed record TablePaging(TableQuery Query, int Total, string DefaultSort)
{
    /// <summary>Gets how many pages the matching rows fill (at least one).</summary>
    public int Pages => Math.Max(1, (Total + Query.PageSize - 1) / Query.PageSize);

    /// <summary>Gets a value indicating whether a page comes before this one.</summary>
    public bool HasPrevious => Query.Page > 1;

    /// <summary>Gets a value indicating whether a page comes after this one.</summary>
    public bool HasNext => Query.Page < Pages;

    /// <summary>Gets the link a column's header sorts with: ascending, or reversed when it is the column sorted on now.</summary>
    public string SortLink(string column) => (Query with { Sort = Query.Sort ?? DefaultSort }).Link(sort: column);

    /// <summary>Gets the columns whose key puts the latest first (<see cref="TableView{T}.NewestFirst"/>).</summary>
    public IReadOnlySet<string>? NewestFirst { get; init; }

    /// <summary>
    /// Gets the <c>aria-sort</c> value of a column: the order its values are shown in, so a newest-first column sorted
    /// on its key is descending.
    /// </summary>
    public string AriaSort(string column) => Query.AriaSort(column, DefaultSort) switch
    {
        "ascending" when NewestFirst?.Contains(column) == true => "descending",
        "descending" when NewestFirst?.Contains(column) == true => "ascending",
        var sort => sort,
    };
}
