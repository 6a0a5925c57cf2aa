namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>company-session-planned</c>, to the contact of a company when its coaching session is planned (CoachingSession,
/// RecurringSessions' occurrences), with an <c>.ics</c> that its later changes update (same UID, a higher SEQUENCE).
/// Data: as <see cref="CompanySessionRescheduledMail"/>, without <c>"from"</c> and <c>"reason"</c>.
/// </summary>
internal sealed class CompanySessionPlannedMail : IMailComposer
{
    public string Kind => "company-session-planned";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = request.Required("title");
        var news = request.Optional("coach") is { } coach
            ? request.T("Your session “{0}” with {1} is planned.", title, coach)
            : request.T("Your session “{0}” is planned.", title);
        var body = new MailBody().Paragraph(request.T("Hello,")).Paragraph(news);
        return SessionFacts.Add(body, request)
            .Paragraph(request.T("The attached file adds it to your calendar."))
            .Attach(SessionIcs.ForCompany(request, SessionIcs.SequenceOf(request), cancelled: false))
            .Build(request.T("Session planned: {0}", title), request.T("The programme team"));
    }
}
