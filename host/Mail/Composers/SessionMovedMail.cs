namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>session-moved</c>, to the new coach of a session a manager's coach assignment moved (CoachAssignmentService),
/// with the session as an <c>.ics</c> (a higher SEQUENCE). Data: as <see cref="SessionPlannedMail"/>, plus
/// <c>"sequence"?</c>: <c>{ "sessionId", "title", "plannedAt", "kind"?, "location"?, "companies"?, "cohort"?,
/// "sequence"? }</c>.
/// </summary>
internal sealed class SessionMovedMail : IMailComposer
{
    public string Kind => "session-moved";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = request.Required("title");
        var sequence = SessionIcs.SequenceOf(request);
        var body = new MailBody()
            .Paragraph(request.T("Hello,"))
            .Paragraph(request.T("The session “{0}” is now yours: the company’s coach changed.", title));
        return SessionFacts.Add(body, request)
            .Paragraph(request.T("The attached file adds it to your calendar."))
            .Link(request.T("Open the session"), request.Links.To($"/coach/sessions/{request.IdOf("sessionId"):D}"))
            .Attach(SessionIcs.For(request, sequence))
            .Build(request.T("Session handed over to you: {0}", title), request.T("The Cohorts team"));
    }
}
