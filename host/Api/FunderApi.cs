namespace Cohorts.Host.Api;

/// <summary>The API's funder endpoints: progress against targets, milestones and decisions, exports.</summary>
internal static class FunderApi
{
    public static void MapFunderApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
    }
}
