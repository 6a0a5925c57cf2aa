namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>session-rescheduled</c>, to the coach of a session moved to another time (SessionChangeService), with the
/// session as an <c>.ics</c> (a higher SEQUENCE). Data: as <see cref="SessionPlannedMail"/>, plus <c>"from"</c> (the
/// time it was planned at), <c>"reason"?</c> and <c>"sequence"</c>.
/// </summary>
internal sealed class SessionRescheduledMail : IMailComposer
{
    public string Kind => "session-rescheduled";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = request.Required("title");
        var body = new MailBody()
            .Paragraph(request.T("Hello,"))
            .Paragraph(request.T("The session “{0}” moves to another time.", title));
        SessionFacts.Add(body, request)
            .Fact(request.T("Planned before:"), request.DateAndTime(request.Instant("from")));
        if (request.Optional("reason") is { } reason)
        {
            body.Fact(request.T("Reason:"), reason);
        }

        return body
            .Paragraph(request.T("The attached file updates it in your calendar."))
            .Link(request.T("Open the session"), request.Links.To($"/coach/sessions/{request.IdOf("sessionId"):D}"))
            .Attach(SessionIcs.For(request, SessionIcs.SequenceOf(request)))
            .Build(request.T("Session moved: {0}", title), request.T("The Cohorts team"));
    }
}
