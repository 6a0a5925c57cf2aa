using Cohorts.Host.Access;
using Cohorts.Host.Api.Manager;
using Cohorts.Host.Portal;

namespace Cohorts.Host.Api.Portal;

/// <summary>
/// The company portal's endpoints: a manager's links (<c>/api/companies/{id}/portal/links</c>) and what a contact's
/// link opens (<c>/api/portal/{token}…</c>, no sign-in: the token is the key; 404 for an unknown or changed token,
/// 410 for a revoked or expired link).
/// </summary>
internal static class PortalApi
{
    public static void MapPortalApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var links = api.MapGroup("/companies/{id:guid}/portal/links").WithTags("Portal").RequireAuthorization(CohortsPolicies.Manager);
        links.MapPost("/", PortalLinkHandlers.SendAsync)
            .WithSummary("Sends a company's contact their portal link by e-mail (the company's contact unless an address is given): an active link lasting 30 more days is sent again, else a new one (180 days).")
            .Produces<PortalLinkSentResponse>()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        links.MapGet("/", PortalLinkHandlers.ListAsync)
            .WithSummary("A company's portal links: to whom, made and expiring when, revoked, last used.")
            .Produces<List<PortalLinkResponse>>()
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        links.MapPost("/{linkId:guid}/revoke", PortalLinkHandlers.RevokeAsync)
            .WithSummary("Revokes a portal link at once: it no longer opens the portal.")
            .Produces<PortalLinkResponse>()
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        var portal = api.MapGroup("/portal/{token}").WithTags("Portal").AllowAnonymous();
        portal.MapGet("/", PortalHandlers.JourneyAsync)
            .WithSummary("What a contact's portal link opens: the company's journey, forms and shared documents.")
            .Produces<PortalJourney>()
            .Problems(StatusCodes.Status404NotFound, StatusCodes.Status410Gone);
        portal.MapGet("/forms", PortalHandlers.FormsAsync)
            .WithSummary("The forms asked of the company, waiting and answered.")
            .Produces<List<PortalFormItem>>()
            .Problems(StatusCodes.Status404NotFound, StatusCodes.Status410Gone);
        portal.MapGet("/forms/{requestId:guid}", PortalHandlers.FormAsync)
            .WithSummary("One form asked of the company: its questions (the version asked) and the answers so far.")
            .Produces<PortalFormResponse>()
            .Problems(StatusCodes.Status404NotFound, StatusCodes.Status410Gone);
        portal.MapPost("/forms/{requestId:guid}/answers", PortalHandlers.AnswerAsync)
            .WithSummary("Answers a form, or changes the answer until its deadline; each problem at answers.<questionId>.")
            .Accepts<PortalAnswersRequest>("application/json")
            .Produces<PortalAnswerResponse>()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status410Gone);
        portal.MapGet("/sessions.ics", PortalHandlers.CalendarAsync)
            .WithSummary("The company's sessions to come as an iCalendar document (text/calendar).")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .Problems(StatusCodes.Status404NotFound, StatusCodes.Status410Gone);
        portal.MapGet("/sessions/{sessionId:guid}.ics", PortalHandlers.SessionCalendarAsync)
            .WithSummary("One session to come as an iCalendar file to download.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .Problems(StatusCodes.Status404NotFound, StatusCodes.Status410Gone);
        portal.MapGet("/attachments/{attachmentId:guid}", PortalHandlers.AttachmentAsync)
            .WithSummary("Downloads a document shared with the company (or a file it sent with an answer).")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Problems(StatusCodes.Status404NotFound, StatusCodes.Status410Gone);
    }
}
