using Cohorts.Host.Access;
using Cohorts.Host.Events;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Events;

/// <summary>
/// A cohort's collective events: filtered by kind and past/upcoming, sorted and paged on the server. For its programme's
/// managers and the event organisers the programme names, whatever their role (so the page is not in /Manage, whose
/// folder requires the manager role: <see cref="UserAccess.RequireEventRunnerAsync"/> decides).
/// </summary>
[Authorize]
public sealed class EventsModel(UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock, IStringLocalizer<EventText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? When { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    public EventList List { get; private set; } = null!;

    /// <summary>Gets a value indicating whether the user manages the cohort (its board is theirs to go back to).</summary>
    public bool Manages { get; private set; }

    /// <summary>Gets the problems with the query string, in the reader's language (the list then shows its defaults).</summary>
    public List<string> Problems { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var reader = new CohortEvents(domain, clock);
        try
        {
            List = await reader.ListAsync(access, Id, new EventListQuery(Kind, When, Sort, PageNumber), cancellationToken);
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            foreach (var field in rule.Errors.Keys)
            {
                Problems.Add(field switch
                {
                    "kind" => text["Unknown kind of event: all kinds are shown."],
                    "when" => text["Unknown period: past and upcoming events are shown."],
                    "sort" => text["Unknown order: events are shown by date."],
                    _ => text["No such page: the first page is shown."],
                });
            }

            (Kind, When, Sort, PageNumber) = (null, null, null, null);
            List = await reader.ListAsync(access, Id, new EventListQuery(), cancellationToken);
        }

        Manages = (await access.GetCohortAccessAsync(Id, cancellationToken)).Manages;
    }

    /// <summary>The address of this list with one parameter changed (the page back to 1 unless it is the one changed).</summary>
    public string Link(string? kind = null, string? when = null, string? sort = null, int? page = null)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("kind", kind ?? Kind);
        Add("when", when ?? When);
        Add("sort", sort ?? Sort);
        Add("p", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return $"/manage/cohorts/{Id}/events" + (query.Count > 0 ? "?" + string.Join("&", query) : string.Empty);
    }

    /// <summary>The address sorting by <paramref name="column"/>: ascending, or descending when it is already ascending.</summary>
    public string SortLink(string column)
    {
        var current = string.IsNullOrEmpty(Sort) ? "date" : Sort;
        return Link(sort: current == column ? "-" + column : column);
    }
}
