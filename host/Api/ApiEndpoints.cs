using Cohorts.Host.Api.Admin;
using Cohorts.Host.Api.Attachments;
using Cohorts.Host.Api.Evaluations;
using Cohorts.Host.Api.Manager;
using Cohorts.Host.Api.Portal;
using Cohorts.Host.Reporting.FormSynthesis;

namespace Cohorts.Host.Api;

/// <summary>
/// The REST API under /api: every endpoint requires a signed-in user (bearer token or cookie) except the sign-in, and
/// checks the user's rights on what it touches (<see cref="Access.UserAccess"/>). Errors are RFC 7807 problem details.
/// </summary>
internal static class ApiEndpoints
{
    public static void MapCohortsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").RequireAuthorization().AnswerHead().RefuseUnreadBodies();
        api.MapAuthEndpoints();
        api.MapManagerApi();
        api.MapCoachApi();
        api.MapEventsApi();
        api.MapFunderApi();
        api.MapInboxApi();
        api.MapAccountEndpoints();
        api.MapMigrationEndpoints();
        api.MapFormEndpoints();
        Reporting.Metrics.MetricEndpoints.MapMetricEndpoints(api);
        Reporting.Visitors.VisitorsEndpoints.MapVisitorsEndpoints(api);
        api.MapApplicationEndpoints();
        api.MapEvaluationEndpoints();
        api.MapPortalApi();
        api.MapAttachmentEndpoints();
        api.MapFormSynthesisEndpoints();
        Reporting.TravelBook.TravelBookEndpoints.MapTravelBookEndpoints(api);
        Forms.FormRequestEndpoints.MapFormRequestEndpoints(api);
        Organisations.OrganisationEndpoints.MapOrganisationEndpoints(api);
        Reporting.TourSynthesis.TourSynthesisEndpoints.MapTourSynthesisEndpoints(api);
        endpoints.MapDefinitionEndpoints();
    }
}
