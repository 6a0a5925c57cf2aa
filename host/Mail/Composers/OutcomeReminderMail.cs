namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>outcome-reminder</c>, to the coach (or organiser) of a session whose outcome is late (SessionWait's reminder).
/// Data: <c>{ "sessionId", "title", "plannedAt": ISO instant, "companies"?: their names, "cohort"?, "culture"? }</c>; links to the
/// session's page.
/// </summary>
internal sealed class OutcomeReminderMail : IMailComposer
{
    public string Kind => "outcome-reminder";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = request.Required("title");
        var plannedAt = request.Instant("plannedAt");
        var isEvent = CompanySessionText.IsEvent(request);
        var companies = isEvent ? null : request.Optional("companies");
        var body = new MailBody()
            .Paragraph(request.T("Hello,"))
            .Paragraph(isEvent
                ? request.T("The outcome of the event “{0}” on {1} ({2}) is not recorded yet.", title, request.DateAndTime(plannedAt), request.Dates.Relative(plannedAt))
                : request.T("The outcome of the session “{0}” on {1} ({2}) is not recorded yet.", title, request.DateAndTime(plannedAt), request.Dates.Relative(plannedAt)));
        return SessionFacts.With(body, request)
            .Paragraph(request.T("It takes a few minutes: attendance, notes and the actions agreed."))
            .Link(request.T("Record the outcome"), request.Links.To(isEvent ? $"/manage/events/{request.IdOf("sessionId"):D}" : $"/coach/sessions/{request.IdOf("sessionId"):D}"))
            .Build(
                companies is null ? request.T("Outcome to record: {0}", title) : request.T("Outcome to record: {0} with {1}", title, companies),
                request.T("The Cohorts team"));
    }
}
