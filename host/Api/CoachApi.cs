namespace Cohorts.Host.Api;

/// <summary>The API's coach endpoints: the coach's sessions and companies, session outcomes, the iCalendar feed.</summary>
internal static class CoachApi
{
    public static void MapCoachApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
