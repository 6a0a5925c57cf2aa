using Cohorts.Host.Api.Changes;
using Cohorts.Host.Api.Manager;

namespace Cohorts.Host.Api;

/// <summary>The API's manager endpoints: programmes and versions, templates, simulation, cohorts (create, launch, board), companies (screening, coach), instances (timeline, incidents, retry).</summary>
internal static class ManagerApi
{
    public static void MapManagerApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var manager = api.MapGroup(string.Empty);
        manager.MapProgrammeEndpoints();
        manager.MapCohortEndpoints();
        manager.MapCohortSettingsEndpoints();
        manager.MapCompanyEndpoints();
        manager.MapInstanceEndpoints();
        manager.MapPlanChangeEndpoints();
    }
}
