namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>company-session-rescheduled</c>, to the contact of each company a moved session expects (SessionChangeService):
/// its coaching session, or a collective event of its cohort, with an <c>.ics</c> that updates the event its portal
/// offered (same UID, a higher SEQUENCE). Data: <c>{ "sessionId", "title", "plannedAt", "endsAt", "kind", "location"?,
/// "cohort"?, "coach"?, "company", "from", "reason"?, "sequence", "culture"? }</c>; it never names the other companies.
/// </summary>
internal sealed class CompanySessionRescheduledMail : IMailComposer
{
    public string Kind => "company-session-rescheduled";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = request.Required("title");
        var coaching = CompanySessionText.IsCoaching(request);
        var news = (coaching, request.Optional("coach")) switch
        {
            (true, { } coach) => request.T("Your session “{0}” with {1} moves to another time.", title, coach),
            (true, null) => request.T("The session “{0}” moves to another time.", title),
            _ => request.T("The event “{0}” moves to another time.", title),
        };
        var body = new MailBody().Paragraph(request.T("Hello,")).Paragraph(news);
        SessionFacts.Add(body, request)
            .Fact(request.T("Previously:"), request.DateAndTime(request.Instant("from")));
        if (request.Optional("reason") is { } reason)
        {
            body.Fact(request.T("Reason:"), reason);
        }

        return body
            .Paragraph(request.T("The attached file updates your calendar."))
            .Attach(SessionIcs.ForCompany(request, SessionIcs.SequenceOf(request), cancelled: false))
            .Build(coaching ? request.T("Session moved: {0}", title) : request.T("Event moved: {0}", title), request.T("The programme team"));
    }
}
