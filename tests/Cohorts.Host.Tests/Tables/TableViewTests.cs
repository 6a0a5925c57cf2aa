using Cohorts.Host.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Cohorts.Host.Tests.Tables;

/// <summary>The long tables' one piece: the query string read, rows filtered, searched, sorted and paged, links kept.</summary>
public sealed class TableViewTests
{
    private static readonly TableView<(string Name, int Late)> View = new(
        "name",
        new Dictionary<string, Func<(string Name, int Late), object?>> { ["name"] = r => r.Name, ["late"] = r => r.Late },
        r => r.Name,
        new Dictionary<string, Func<(string Name, int Late), bool>> { ["late"] = r => r.Late > 0 });

    private static readonly (string Name, int Late)[] Rows = [.. Enumerable.Range(1, 30).Select(i => ($"Company {i:00}", i % 3))];

    [Fact]
    public void From_QueryString_ReadsEveryParameterAndBoundsThem()
    {
        var query = TableQuery.From(Query(("sort", "late"), ("dir", "DESC"), ("q", "  atelier  "), ("filter", "late"), ("page", "3"), ("size", "1000")));

        Assert.Equal(new TableQuery("late", true, "atelier", "late", 3, TableQuery.MaxPageSize), query);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("two")]
    public void From_PageThatIsNotOne_StartsAtTheFirst(string page) =>
        Assert.Equal(1, TableQuery.From(Query(("page", page))).Page);

    [Fact]
    public void From_SearchLongerThanTheLimit_IsCut() =>
        Assert.Equal(TableQuery.MaxSearchLength, TableQuery.From(Query(("q", new string('a', TableQuery.MaxSearchLength + 1)))).Search!.Length);

    [Fact]
    public void AriaSort_NewestFirstColumn_SaysTheOrderItsDatesAreShownIn()
    {
        var days = new[] { new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 23), new DateOnly(2024, 11, 4) };
        var view = new TableView<DateOnly>(
            "recent",
            new Dictionary<string, Func<DateOnly, object?>> { ["recent"] = d => -d.DayNumber, ["day"] = d => d.DayNumber },
            d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            NewestFirst: new HashSet<string> { "recent" });

        // Sorted on "recent", the latest first: the dates are shown descending, and the header says so.
        var latestFirst = view.Apply(days, TableQuery.Default);
        Assert.Equal([days[1], days[0], days[2]], latestFirst.Rows);
        Assert.Equal("descending", latestFirst.Paging.AriaSort("recent"));
        Assert.Equal("none", latestFirst.Paging.AriaSort("day"));

        var reversed = view.Apply(days, TableQuery.Default with { Sort = "recent", Descending = true });
        Assert.Equal([days[2], days[0], days[1]], reversed.Rows);
        Assert.Equal("ascending", reversed.Paging.AriaSort("recent"));

        // Any other column says the order of its key.
        Assert.Equal("ascending", view.Apply(days, TableQuery.Default with { Sort = "day" }).Paging.AriaSort("day"));
    }

    [Fact]
    public void Apply_SortDescending_PagesTheSortedRows()
    {
        var page = View.Apply(Rows, TableQuery.Default with { Sort = "name", Descending = true, PageSize = 10, Page = 2 });

        Assert.Equal(["Company 20", "Company 19"], page.Rows.Take(2).Select(r => r.Name));
        Assert.Equal(10, page.Rows.Count);
        Assert.Equal(30, page.Paging.Total);
        Assert.Equal(3, page.Paging.Pages);
        Assert.True(page.Paging.HasPrevious);
        Assert.True(page.Paging.HasNext);
    }

    [Fact]
    public void Apply_FilterAndSearch_KeepOnlyTheMatchingRows()
    {
        var page = View.Apply(Rows, TableQuery.Default with { Filter = "late", Search = "company 1" });

        // Every word searched appears: "1" in 01, 10 to 19, 21; of those, 12, 15, 18 and 21 are not late.
        Assert.All(page.Rows, r => Assert.True(r.Late > 0 && r.Name.Contains('1', StringComparison.Ordinal)));
        Assert.Equal(8, page.Paging.Total);
    }

    [Fact]
    public void Apply_UnknownSortAndFilter_FallBackToTheDefaultAndEverything()
    {
        var page = View.Apply(Rows, TableQuery.Default with { Sort = "secret", Filter = "nope" });

        Assert.Equal("Company 01", page.Rows[0].Name);
        Assert.Equal(30, page.Paging.Total);
        Assert.Null(page.Paging.Query.Filter);
        Assert.Null(page.Paging.Query.Sort);
    }

    [Fact]
    public void Apply_PagePastTheLast_ShowsTheLast()
    {
        var page = View.Apply(Rows, TableQuery.Default with { Page = 99 });

        Assert.Equal(2, page.Paging.Query.Page);
        Assert.Equal(5, page.Rows.Count);
    }

    [Fact]
    public void Link_SameColumn_ReversesAndKeepsTheSearch()
    {
        var query = TableQuery.Default with { Sort = "name", Search = "l'atelier & co", Page = 3 };

        Assert.Equal("?sort=name&dir=desc&q=l%27atelier%20%26%20co", query.Link(sort: "name"));
        Assert.Equal("?sort=late&q=l%27atelier%20%26%20co", query.Link(sort: "late"));
        Assert.Equal("?sort=name&q=l%27atelier%20%26%20co&page=4", query.Link(page: 4));
    }

    [Theory]
    [InlineData("late", false)]
    [InlineData("late", true)]
    [InlineData("name", false)]
    [InlineData("name", true)]
    public void Apply_EveryPage_IsThatPartOfTheWholeSortTiesByTheDefaultColumn(string sort, bool descending)
    {
        var random = new Random(19);
        (string Name, int Late)[] rows = [.. Enumerable.Range(0, 997).Select(i => ($"Company {random.Next(400):000}", random.Next(5)))];
        var byKey = descending ? rows.OrderByDescending(View.Columns[sort], TableComparer.Instance) : rows.OrderBy(View.Columns[sort], TableComparer.Instance);
        var whole = (sort == "name" ? byKey : byKey.ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)).ToList();

        var shown = Enumerable.Range(1, 20).SelectMany(page => View.Apply(rows, TableQuery.Default with { Sort = sort, Descending = descending, PageSize = 50, Page = page }).Rows).ToList();

        Assert.Equal(whole, shown);
    }

    private static QueryCollection Query(params (string Name, string Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => new StringValues(v.Value)));
}
