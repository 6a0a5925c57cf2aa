namespace Cohorts.Workflows.Services;

/// <summary>
/// Checks the page a list is asked for (<c>?page=</c>, <c>?pageSize=</c>): pages count from 1 up to the last whose rows
/// to skip still fit an int (past it, the offset would overflow), sizes from 1 to the list's most. Refused values are
/// named by their parameter, as every list of the API does.
/// </summary>
public static class PageNumbers
{
    /// <summary>The highest page a list of pages of at most <paramref name="maxPageSize"/> rows can be asked for.</summary>
    public static int MaxPage(int maxPageSize) => int.MaxValue / maxPageSize;

    /// <summary>Refuses (400 at <c>page</c> or <c>pageSize</c>) a page or a size out of range; null stands for the default.</summary>
    /// <exception cref="DomainRuleException">The page or its size is out of range (both listed).</exception>
    public static void Check(int? page, int? pageSize, int maxPageSize)
    {
        var problems = new Problems();
        if (page is { } number && (number < 1 || number > MaxPage(maxPageSize)))
        {
            problems.Add("page", LimitMessages.NumberOutOfRange(1, MaxPage(maxPageSize), number));
        }

        if (pageSize is { } size && (size < 1 || size > maxPageSize))
        {
            problems.Add("pageSize", LimitMessages.NumberOutOfRange(1, maxPageSize, size));
        }

        problems.ThrowIfAny();
    }
}
