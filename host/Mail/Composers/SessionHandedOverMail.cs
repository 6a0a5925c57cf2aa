namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>session-handed-over</c>, to the previous coach of a session a manager's coach assignment moved
/// (CoachAssignmentService), with an <c>.ics</c> that drops it from that coach's calendar (METHOD:CANCEL). Data: as
/// <see cref="SessionPlannedMail"/>, plus <c>"coach"</c> (the new coach's name) and <c>"sequence"</c>. No link: the
/// session's page is the new coach's now.
/// </summary>
internal sealed class SessionHandedOverMail : IMailComposer
{
    public string Kind => "session-handed-over";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = request.Required("title");
        var body = new MailBody()
            .Paragraph(request.T("Hello,"))
            .Paragraph(request.T("The session “{0}” is handed over to {1}: the company’s coach changed.", title, request.Required("coach")));
        return SessionFacts.Add(body, request)
            .Paragraph(request.T("The attached file removes it from your calendar."))
            .Attach(SessionIcs.Cancelling(request, SessionIcs.SequenceOf(request)))
            .Build(request.T("Session handed over: {0}", title), request.T("The Cohorts team"));
    }
}
