namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>session-cancelled</c>, to the coach of a cancelled session (SessionChangeService), with an <c>.ics</c> that drops
/// it from the coach's calendar (METHOD:CANCEL). Data: as <see cref="SessionPlannedMail"/>, plus <c>"reason"?</c> and
/// <c>"sequence"</c>.
/// </summary>
internal sealed class SessionCancelledMail : IMailComposer
{
    public string Kind => "session-cancelled";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = request.Required("title");
        var body = new MailBody()
            .Paragraph(request.T("Hello,"))
            .Paragraph(request.T("The session “{0}” is cancelled.", title));
        SessionFacts.Add(body, request);
        if (request.Optional("reason") is { } reason)
        {
            body.Fact(request.T("Reason:"), reason);
        }

        return body
            .Paragraph(request.T("The attached file removes it from your calendar."))
            .Link(request.T("Open the session"), request.Links.To($"/coach/sessions/{request.IdOf("sessionId"):D}"))
            .Attach(SessionIcs.Cancelling(request, SessionIcs.SequenceOf(request)))
            .Build(request.T("Session cancelled: {0}", title), request.T("The Cohorts team"));
    }
}
