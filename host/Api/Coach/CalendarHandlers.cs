using Cohorts.Host.Access;
using Cohorts.Host.Calendar;
using Cohorts.Host.Coaching;
using Cohorts.Host.Identity;
using Cohorts.Host.Web;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Api.Coach;

/// <summary>A coach's sessions as an iCalendar feed: for the signed-in coach, and by subscription address.</summary>
internal static class CalendarHandlers
{
    public static async Task<ContentHttpResult> MineAsync(
        PublicLinks links,
        UserAccess access,
        UserManager<CohortsUser> users,
        IDbContextFactory<CohortsDbContext> domain,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(access.UserId) ?? throw new AccessDeniedException("Sign in again.");
        var coachIds = await AgendaHandlers.CoachIdsAsync(access, cancellationToken);
        return await WriteAsync(links, user, coachIds, domain, clock, cancellationToken);
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> FeedAsync(
        string token,
        PublicLinks links,
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
        return await WriteAsync(links, user, coachIds, domain, clock, cancellationToken);
    }

    public static async Task<Ok<CalendarSubscription>> RenewAsync(PublicLinks links, UserAccess access, UserManager<CohortsUser> users)
    {
        var user = await users.FindByIdAsync(access.UserId) ?? throw new AccessDeniedException("Sign in again.");
        var token = await CalendarTokens.RenewAsync(users, user);
        return TypedResults.Ok(new CalendarSubscription(CalendarTokens.FeedUrl(links, token)));
    }

    private static async Task<ContentHttpResult> WriteAsync(
        PublicLinks links,
        CohortsUser user,
        IReadOnlyList<Guid> coachIds,
        IDbContextFactory<CohortsDbContext> domain,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var sessions = await new CoachAgenda(domain, clock).GetSessionsAsync(coachIds, cancellationToken: cancellationToken);
        var name = $"Cohorts · {(string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email : user.DisplayName)}";
        var text = CoachCalendar.Write(name, sessions, links.Site, clock.GetUtcNow());
        return TypedResults.Text(text, CoachCalendar.ContentType);
    }
}
