namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>company-session-handed-over</c>, to the contact of a company whose coach changed, for each of its sessions to come
/// (CoachAssignmentService): the session is now with the new coach (<c>coach</c>, whose address replies go to), with
/// an <c>.ics</c> that updates the event (same UID, a higher SEQUENCE). Data: as
/// <see cref="CompanySessionRescheduledMail"/>, without <c>"from"</c> and <c>"reason"</c>.
/// </summary>
internal sealed class CompanySessionHandedOverMail : IMailComposer
{
    public string Kind => "company-session-handed-over";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = request.Required("title");
        var news = request.Optional("coach") is { } coach
            ? request.T("Your session “{0}” will be with {1}: your coach changed.", title, coach)
            : request.T("Your coach changed for the session “{0}”.", title);
        var body = new MailBody().Paragraph(request.T("Hello,")).Paragraph(news);
        return SessionFacts.Add(body, request)
            .Paragraph(request.T("The attached file updates your calendar."))
            .Attach(SessionIcs.ForCompany(request, SessionIcs.SequenceOf(request), cancelled: false))
            .Build(request.T("New coach for: {0}", title), request.T("The programme team"));
    }
}
