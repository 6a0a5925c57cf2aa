namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>outcome-escalation</c>, to the managers of the cohort's programme (recipient <c>managers:{cohortId}</c>) when a
/// session's outcome is still missing after the reminder. Data: <c>{ "sessionId", "cohortId", "title", "plannedAt":
/// ISO instant, "companies"?: their names, "coach"?: who was reminded, "cohort"? }</c>; links to the cohort's board.
/// </summary>
internal sealed class OutcomeEscalationMail : IMailComposer
{
    public string Kind => "outcome-escalation";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = request.Required("title");
        var plannedAt = request.Instant("plannedAt");
        var body = new MailBody()
            .Paragraph(request.T("Hello,"))
            .Paragraph(CompanySessionText.IsEvent(request)
                ? request.T("The outcome of the event “{0}” on {1} ({2}) is still not recorded, despite a reminder.", title, request.DateAndTime(plannedAt), request.Dates.Relative(plannedAt))
                : request.T("The outcome of the session “{0}” on {1} ({2}) is still not recorded, despite a reminder.", title, request.DateAndTime(plannedAt), request.Dates.Relative(plannedAt)));
        SessionFacts.With(body, request);
        if (request.Optional("coach") is { } coach)
        {
            body.Fact(request.T("Reminded:"), coach);
        }

        if (request.Optional("cohort") is { } cohort)
        {
            body.Fact(request.T("Cohort:"), cohort);
        }

        return body
            .Link(request.T("Open the cohort"), request.Links.To($"/manage/cohorts/{request.IdOf("cohortId"):D}"))
            .Build(request.T("Outcome still missing: {0}", title), request.T("The Cohorts team"));
    }
}
