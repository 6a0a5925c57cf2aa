using Cohorts.Host.Access;
using Cohorts.Host.Calendar;
using Cohorts.Host.Coaching;
using Cohorts.Host.Identity;
using Cohorts.Host.Localization;
using Cohorts.Host.Web;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Coach;

/// <summary>
/// "My week": the outcomes overdue, the sessions of the next seven days, the collective events their companies attend
/// (read-only unless they organise them), the calendar subscription address.
/// </summary>
public sealed class WeekModel(
    UserAccess access,
    IDbContextFactory<CohortsDbContext> domain,
    TimeProvider clock,
    UserManager<CohortsUser> users,
    PublicLinks links,
    IStringLocalizer<CoachText> text) : PageModel
{
    public CoachWeek Week { get; private set; } = new([], []);

    public string? CalendarUrl { get; private set; }

    /// <summary>Gets the cohorts whose events the coach organises (named by the programme): those events they record.</summary>
    public IReadOnlySet<Guid> Organised { get; private set; } = new HashSet<Guid>();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var coachIds = (await access.GetCoachRecordsAsync(cancellationToken)).Select(c => c.Id).ToList();
        var agenda = new CoachAgenda(domain, clock);
        Organised = await access.GetOrganisedCohortIdsAsync(cancellationToken);
        Week = await agenda.GetWeekAsync(coachIds, cancellationToken) with { Events = await agenda.GetEventsAsync(coachIds, Organised, cancellationToken) };
        var user = await users.FindByIdAsync(access.UserId);
        CalendarUrl = string.IsNullOrEmpty(user?.CalendarToken) ? null : CalendarTokens.FeedUrl(links, user.CalendarToken);
    }

    public async Task<IActionResult> OnPostNewAddressAsync()
    {
        var user = await users.FindByIdAsync(access.UserId) ?? throw new AccessDeniedException("Sign in again.");
        await CalendarTokens.RenewAsync(users, user);
        Notice = text["Your calendar has a new address: calendars subscribed to the old one no longer update."];
        return RedirectToPage();
    }
}
