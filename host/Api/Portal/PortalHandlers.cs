using Cohorts.Host.Portal;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Api.Portal;

/// <summary>The portal's API: what a contact's link opens, for scripts and tests (the pages show the same).</summary>
internal static class PortalHandlers
{
    public static async Task<IResult> JourneyAsync(string token, PortalDoor door, PortalReader reader, CancellationToken cancellationToken)
    {
        var entry = await door.OpenAsync(token, cancellationToken);
        return entry.IsOpen ? TypedResults.Ok(await reader.ReadAsync(entry.OpenCompany, cancellationToken)) : PortalClosed.Problem(entry);
    }

    public static async Task<IResult> FormsAsync(string token, PortalDoor door, PortalReader reader, CancellationToken cancellationToken)
    {
        var entry = await door.OpenAsync(token, cancellationToken);
        return entry.IsOpen ? TypedResults.Ok(await reader.FormsAsync(entry.OpenCompany.Id, cancellationToken)) : PortalClosed.Problem(entry);
    }

    public static async Task<IResult> FormAsync(string token, Guid requestId, PortalDoor door, PortalReader reader, CancellationToken cancellationToken)
    {
        var entry = await door.OpenAsync(token, cancellationToken);
        if (!entry.IsOpen)
        {
            return PortalClosed.Problem(entry);
        }

        return await reader.FormAsync(entry.OpenCompany.Id, requestId, cancellationToken) is { } view
            ? TypedResults.Ok(PortalFormResponse.Of(view))
            : PortalClosed.NotFound("form request");
    }

    public static async Task<IResult> AnswerAsync(
        string token,
        Guid requestId,
        HttpRequest http,
        PortalDoor door,
        PortalReader reader,
        FormAnswerService answers,
        CancellationToken cancellationToken)
    {
        var entry = await door.OpenAsync(token, cancellationToken);
        if (!entry.IsOpen)
        {
            return PortalClosed.Problem(entry);
        }

        if (await reader.FormAsync(entry.OpenCompany.Id, requestId, cancellationToken) is null)
        {
            return PortalClosed.NotFound("form request");
        }

        // Read as the signed-in answers are (Forms.AnswerBody): bound to a JsonObject, a property given twice in the
        // answers threw ArgumentException, a 500.
        var body = await Forms.AnswerBody.ReadAsync(http, cancellationToken);
        var submitted = await answers.SubmitAsync(requestId, body ?? throw new DomainRuleException("answers", "Send the answers: {\"answers\": {questionId: value}}."), entry.OpenLink.Email, cancellationToken);
        return TypedResults.Ok(new PortalAnswerResponse(submitted.RequestId, submitted.IsEdit, submitted.EditableUntil));
    }

    public static async Task<IResult> CalendarAsync(string token, PortalDoor door, PortalReader reader, PortalTokens tokens, TimeProvider clock, CancellationToken cancellationToken)
    {
        var entry = await door.OpenAsync(token, cancellationToken);
        if (!entry.IsOpen)
        {
            return PortalClosed.Problem(entry);
        }

        var company = entry.OpenCompany;
        var sessions = await reader.NextSessionsAsync(company.Id, company.CohortId, cancellationToken);
        return TypedResults.Text(PortalCalendar.Write($"Cohorts · {company.Name}", sessions, tokens.UrlFor(entry.OpenLink.Id), clock.GetUtcNow()), PortalCalendar.ContentType);
    }

    public static async Task<IResult> SessionCalendarAsync(string token, Guid sessionId, PortalDoor door, PortalReader reader, PortalTokens tokens, TimeProvider clock, CancellationToken cancellationToken)
    {
        var entry = await door.OpenAsync(token, cancellationToken);
        if (!entry.IsOpen)
        {
            return PortalClosed.Problem(entry);
        }

        var company = entry.OpenCompany;
        var session = (await reader.NextSessionsAsync(company.Id, company.CohortId, cancellationToken)).Where(s => s.Id == sessionId).ToList();
        if (session.Count == 0)
        {
            return PortalClosed.NotFound("session to come");
        }

        var text = PortalCalendar.Write($"Cohorts · {company.Name}", session, tokens.UrlFor(entry.OpenLink.Id), clock.GetUtcNow());
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), PortalCalendar.ContentType, "session.ics");
    }

    public static async Task<IResult> AttachmentAsync(string token, Guid attachmentId, PortalDoor door, PortalFiles files, CancellationToken cancellationToken)
    {
        var entry = await door.OpenAsync(token, cancellationToken);
        if (!entry.IsOpen)
        {
            return PortalClosed.Problem(entry);
        }

        return await files.DownloadAsync(entry.OpenCompany.Id, attachmentId, cancellationToken) ?? PortalClosed.NotFound("shared document");
    }
}
