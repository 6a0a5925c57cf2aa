using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Cohorts.Host.Tables;

/// <summary>
/// How a long table is asked for, from the query string: <c>?sort=name&amp;dir=desc&amp;q=word&amp;filter=late&amp;page=2&amp;size=50</c>.
/// Pages and API lists read it the same way, sort, filter, search and page on the server with <see cref="TableView{T}"/>,
/// and write their links with <see cref="Link"/> (which keeps the other parameters).
/// </summary>
/// <param name="Sort">The column sorted on (a name the table knows; unknown names fall back to its default).</param>
/// <param name="Descending">Whether the sort is descending (<c>dir=desc</c>).</param>
/// <param name="Search">The words searched for (trimmed, at most <see cref="MaxSearchLength"/> characters).</param>
/// <param name="Filter">The named filter applied (a name the table knows; unknown names show everything).</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">The rows per page, from 1 to <see cref="MaxPageSize"/>.</param>
public sealed record TableQuery(string? Sort, bool Descending, string? Search, string? Filter, int Page, int PageSize)
{
    /// <summary>The rows of a page unless asked otherwise.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>The most rows a page holds (a larger <c>size</c> is cut to it).</summary>
    public const int MaxPageSize = 100;

    /// <summary>The longest search kept (a longer one is cut to it).</summary>
    public const int MaxSearchLength = 100;

    /// <summary>Gets the first page of a table in its default order.</summary>
    public static TableQuery Default { get; } = new(null, false, null, null, 1, DefaultPageSize);

    /// <summary>Reads the query from a request's query string; values that cannot be read fall back to the defaults.</summary>
    public static TableQuery From(IQueryCollection query, int defaultPageSize = DefaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Of(query["sort"], query["dir"], query["q"], query["filter"], query["page"], query["size"], defaultPageSize);
    }

    /// <summary>Builds the query from its raw parameters (as an API endpoint binds them).</summary>
    public static TableQuery Of(string? sort, string? dir, string? search, string? filter, string? page, string? size, int defaultPageSize = DefaultPageSize)
    {
        var text = search?.Trim();
        if (text?.Length > MaxSearchLength)
        {
            text = text[..MaxSearchLength];
        }

        var number = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var rows = int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? Math.Min(s, MaxPageSize) : defaultPageSize;
        return new TableQuery(
            string.IsNullOrWhiteSpace(sort) ? null : sort.Trim(),
            string.Equals(dir, "desc", StringComparison.OrdinalIgnoreCase),
            string.IsNullOrEmpty(text) ? null : text,
            string.IsNullOrWhiteSpace(filter) ? null : filter.Trim(),
            number,
            rows);
    }

    /// <summary>
    /// Writes the query string of a link to the same table with some parameters changed: a new sort starts at page 1,
    /// ascending unless it is the current sort ascending (a click on the sorted column reverses it).
    /// </summary>
    public string Link(string? sort = null, int? page = null, string? filter = null, bool clearFilter = false)
    {
        var next = this;
        if (sort is not null)
        {
            next = next with { Sort = sort, Descending = sort == Sort && !Descending, Page = 1 };
        }

        if (filter is not null || clearFilter)
        {
            next = next with { Filter = filter, Page = 1 };
        }

        if (page is { } number)
        {
            next = next with { Page = number };
        }

        List<string> parts = [];
        Add(parts, "sort", next.Sort);
        Add(parts, "dir", next.Descending ? "desc" : null);
        Add(parts, "q", next.Search);
        Add(parts, "filter", next.Filter);
        Add(parts, "page", next.Page > 1 ? next.Page.ToString(CultureInfo.InvariantCulture) : null);
        Add(parts, "size", next.PageSize != DefaultPageSize ? next.PageSize.ToString(CultureInfo.InvariantCulture) : null);
        return parts.Count == 0 ? "?" : "?" + string.Join('&', parts);
    }

    /// <summary>Gets the sort direction of a column for <c>aria-sort</c>: ascending, descending or none.</summary>
    public string AriaSort(string column, string defaultSort) =>
        (Sort ?? defaultSort) == column ? (Descending ? "descending" : "ascending") : "none";

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
