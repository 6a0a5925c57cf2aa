using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Events;

/// <summary>
/// What a cohort's events list asks for, as the query string says it (<c>?kind=Visit&amp;when=past&amp;sort=-date&amp;page=2</c>),
/// checked: every problem is listed by its parameter's name.
/// </summary>
/// <param name="Kind">Only events of this kind (Visit, Networking, Conference, Feedback, Workshop); all when absent.</param>
/// <param name="When">Only <c>past</c> or <c>upcoming</c> events; all when absent.</param>
/// <param name="Sort">The order: <c>date</c> (default), <c>kind</c>, <c>title</c> or <c>place</c>; a leading <c>-</c> reverses it.</param>
/// <param name="Page">The page, from 1 (default 1).</param>
/// <param name="PageSize">Events per page, 1 to <see cref="MaxPageSize"/> (default <see cref="DefaultPageSize"/>).</param>
public sealed record EventListQuery(string? Kind = null, string? When = null, string? Sort = null, int? Page = null, int? PageSize = null)
{
    /// <summary>The events a page shows unless asked otherwise.</summary>
    public const int DefaultPageSize = 25;

    /// <summary>The most events one page shows.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The last page one may ask for: past it, the events to skip would overflow an int.</summary>
    public const int MaxPage = int.MaxValue / MaxPageSize;

    /// <summary>The orders the list knows.</summary>
    public static readonly IReadOnlyList<string> Sorts = ["date", "kind", "title", "place"];

    /// <summary>The collective kinds (every kind but coaching).</summary>
    public static IReadOnlyList<SessionKind> Kinds { get; } = [.. Enum.GetValues<SessionKind>().Where(k => k != SessionKind.Coaching)];

    /// <summary>Checks the query; answers it read.</summary>
    /// <exception cref="DomainRuleException">A parameter is wrong; every problem is listed by its name.</exception>
    public CheckedEventQuery Check()
    {
        var problems = new List<KeyValuePair<string, string>>();
        SessionKind? kind = null;
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            if (Enum.TryParse<SessionKind>(Kind.Trim(), ignoreCase: true, out var parsed) && Kinds.Contains(parsed) && !int.TryParse(Kind, out _))
            {
                kind = parsed;
            }
            else
            {
                problems.Add(new("kind", $"'{Kind}' is not a kind of event; the kinds are {string.Join(", ", Kinds)}."));
            }
        }

        bool? past = When?.Trim().ToLowerInvariant() switch
        {
            null or "" or "all" => null,
            "past" => true,
            "upcoming" => false,
            _ => Fail(problems, "when", $"'{When}' is neither past, upcoming nor all."),
        };

        var sort = string.IsNullOrWhiteSpace(Sort) ? "date" : Sort.Trim().ToLowerInvariant();
        var descending = sort.StartsWith('-');
        sort = sort.TrimStart('-');
        if (!Sorts.Contains(sort))
        {
            problems.Add(new("sort", $"'{Sort}' is not an order; the orders are {string.Join(", ", Sorts)}, reversed with a leading '-'."));
        }

        if (Page < 1)
        {
            problems.Add(new("page", $"Pages count from 1, not {Page}."));
        }
        else if (Page > MaxPage)
        {
            // Past it, the rows to skip overflow an int: a negative OFFSET, which PostgreSQL refuses.
            problems.Add(new("page", LimitMessages.NumberOutOfRange(1, MaxPage, Page.Value)));
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            problems.Add(new("pageSize", $"A page shows 1 to {MaxPageSize} events, not {PageSize}."));
        }

        return problems.Count > 0
            ? throw new DomainRuleException(problems)
            : new CheckedEventQuery(kind, past, sort, descending, Page ?? 1, PageSize ?? DefaultPageSize);
    }

    private static bool? Fail(List<KeyValuePair<string, string>> problems, string field, string message)
    {
        problems.Add(new(field, message));
        return null;
    }
}
