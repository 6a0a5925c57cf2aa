using Cohorts.Host.Access;
using Cohorts.Host.Api.Coach;
using Cohorts.Host.Coaching;

namespace Cohorts.Host.Api;

/// <summary>The API's coach endpoints: the coach's sessions and companies, session outcomes, the iCalendar feed.</summary>
internal static class CoachApi
{
    public static void MapCoachApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var coach = api.MapGroup("/coach").WithTags("Coach").RequireAuthorization(CohortsPolicies.Coach);
        coach.MapGet("/sessions", AgendaHandlers.SessionsAsync)
            .WithSummary("The signed-in coach's sessions across their cohorts, planned in [from, to) (both optional), in time order.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        coach.MapGet("/companies", AgendaHandlers.CompaniesAsync)
            .WithSummary("The signed-in coach's companies across their cohorts: status, needs, next session, sessions held and late.")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        coach.MapGet("/calendar.ics", CalendarHandlers.MineAsync)
            .WithSummary("The signed-in coach's sessions as an iCalendar document (text/calendar).")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        coach.MapPost("/calendar-token", CalendarHandlers.RenewAsync)
            .WithSummary("Makes a new calendar subscription address for the signed-in coach; the old one stops working.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        // Calendar applications cannot sign in: the secret address is the key.
        api.MapGet("/calendar/{token}.ics", CalendarHandlers.FeedAsync)
            .AllowAnonymous()
            .WithTags("Coach")
            .WithSummary("A coach's calendar subscription feed (text/calendar), by the secret address from POST /api/coach/calendar-token.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var sessions = api.MapGroup("/sessions").WithTags("Sessions");
        sessions.MapGet("/{id:guid}", SessionHandlers.GetAsync)
            .WithSummary("A session with its companies and, once recorded, its outcome (its coach, its programme's manager, its cohort's funders).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        sessions.MapPost("/{id:guid}/outcome", SessionHandlers.RecordOutcomeAsync)
            .WithSummary("Records a session's outcome (its coach or its programme's manager, once): attendance of every expected company, notes, actions.")
            .Accepts<OutcomeRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
