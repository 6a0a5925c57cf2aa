using System.Globalization;
using Cohorts.Host.Access;
using Cohorts.Host.Calendar;
using Cohorts.Host.Coaching;
using Cohorts.Host.Identity;
using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Localization;
using Cohorts.Host.Web;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Api.Coach;

/// <summary>A coach's sessions as an iCalendar feed: for the signed-in coach, and by subscription address.</summary>
internal static class CalendarHandlers
{
    public static async Task<ContentHttpResult> MineAsync(
        PublicLinks links,
        IStringLocalizer<CoachText> localizer,
        UserAccess access,
        UserManager<CohortsUser> users,
        IDbContextFactory<CohortsDbContext> domain,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(access.UserId) ?? throw new AccessDeniedException("Sign in again.");
        var coachIds = await AgendaHandlers.CoachIdsAsync(access, cancellationToken);
        return await WriteAsync(links, localizer, user, coachIds, domain, clock, cancellationToken);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> FeedAsync(
        string token,
        PublicLinks links,
        IStringLocalizer<CoachText> localizer,
        UserManager<CohortsUser> users,
        IDbContextFactory<CohortsDbContext> domain,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var user = await CalendarTokens.FindCoachAsync(users, token, cancellationToken);
        if (user?.Email is not { } email)
        {
            return TypedResults.Problem(
                "No calendar has this address: it may have been replaced by a new one. Copy the address again from 'My week'.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found");
        }

        var coachIds = await new CoachAgenda(domain, clock).FindCoachIdsAsync(email, cancellationToken);
        return await WriteAsync(links, localizer, user, coachIds, domain, clock, cancellationToken);
    }

    public static async Task<Ok<CalendarSubscription>> RenewAsync(PublicLinks links, UserAccess access, UserManager<CohortsUser> users)
    {
        var user = await users.FindByIdAsync(access.UserId) ?? throw new AccessDeniedException("Sign in again.");
        var token = await CalendarTokens.RenewAsync(users, user);
        return TypedResults.Ok(new CalendarSubscription(CalendarTokens.FeedUrl(links, token)));
    }

    /// <summary>The feed's words in the coach's language (their account's, else the default), whatever the request's.</summary>
    private static CalendarWords Words(CohortsUser user, IStringLocalizer<CoachText> text)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(AccountLanguages.OrDefault(user.Language));
        try
        {
            return new CalendarWords(text["Outcome recorded."], text["Outcome to record (late)."]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static async Task<ContentHttpResult> WriteAsync(
        PublicLinks links,
        IStringLocalizer<CoachText> localizer,
        CohortsUser user,
        IReadOnlyList<Guid> coachIds,
        IDbContextFactory<CohortsDbContext> domain,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var sessions = await new CoachAgenda(domain, clock).GetSessionsAsync(coachIds, cancellationToken: cancellationToken);
        var name = $"Cohorts · {(string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email : user.DisplayName)}";
        var text = CoachCalendar.Write(name, sessions, links.Site, clock.GetUtcNow(), Words(user, localizer));
        return TypedResults.Text(text, CoachCalendar.ContentType);
    }
}
