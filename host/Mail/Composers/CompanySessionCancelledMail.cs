namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>company-session-cancelled</c>, to the contact of each company a cancelled session expects (SessionChangeService),
/// with an <c>.ics</c> that drops the event its portal offered (METHOD:CANCEL). Data: as
/// <see cref="CompanySessionRescheduledMail"/>, without <c>"from"</c>.
/// </summary>
internal sealed class CompanySessionCancelledMail : IMailComposer
{
    public string Kind => "company-session-cancelled";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = request.Required("title");
        var coaching = CompanySessionText.IsCoaching(request);
        var news = (coaching, request.Optional("coach")) switch
        {
            (true, { } coach) => request.T("Your session “{0}” with {1} is cancelled.", title, coach),
            (true, null) => request.T("The session “{0}” is cancelled.", title),
            _ => request.T("The event “{0}” is cancelled.", title),
        };
        var body = new MailBody().Paragraph(request.T("Hello,")).Paragraph(news);
        SessionFacts.Add(body, request);
        if (request.Optional("reason") is { } reason)
        {
            body.Fact(request.T("Reason:"), reason);
        }

        return body
            .Paragraph(request.T("The attached file updates your calendar."))
            .Attach(SessionIcs.ForCompany(request, SessionIcs.SequenceOf(request), cancelled: true))
            .Build(coaching ? request.T("Session cancelled: {0}", title) : request.T("Event cancelled: {0}", title), request.T("The programme team"));
    }
}
