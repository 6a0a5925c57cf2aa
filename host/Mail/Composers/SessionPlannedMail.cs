namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>session-planned</c>, to the coach when a coaching session is planned (CoachingSession, RecurringSessions'
/// occurrences), with the session as an <c>.ics</c>. Data: <c>{ "sessionId", "title", "plannedAt": ISO instant,
/// "kind"?, "location"?, "companies"?, "cohort"? }</c>; links to the session's page.
/// </summary>
internal sealed class SessionPlannedMail : IMailComposer
{
    public string Kind => "session-planned";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = request.Required("title");
        var body = new MailBody()
            .Paragraph(request.T("Hello,"))
            .Paragraph(request.T("A session is planned with you: “{0}”.", title));
        return SessionFacts.Add(body, request)
            .Paragraph(request.T("The attached file adds it to your calendar."))
            .Link(request.T("Open the session"), request.Links.To($"/coach/sessions/{request.IdOf("sessionId"):D}"))
            .Attach(SessionIcs.For(request, sequence: 0))
            .Build(request.T("Session planned: {0}", title), request.T("The Cohorts team"));
    }
}
