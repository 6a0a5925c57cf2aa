namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>milestone-overdue</c>, to a milestone's reviewer once its due date passed undecided. Data as
/// <see cref="MilestoneDueSoonMail"/>: <c>{ "milestoneId", "cohortId", "name", "dueAt", "reviewer", "company"?,
/// "cohort"? }</c>.
/// </summary>
internal sealed class MilestoneOverdueMail : IMailComposer
{
    public string Kind => "milestone-overdue";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Required("name");
        var dueAt = request.Instant("dueAt");
        var body = new MailBody()
            .Paragraph(request.T("Hello,"))
            .Paragraph(request.T("The milestone “{0}” was due on {1} and is not decided yet ({2}).", name, request.DateAndTime(dueAt), request.Dates.Due(dueAt)));
        MilestoneFacts.Add(body, request);
        return body
            .Link(request.T("Decide the milestone"), MilestoneLinks.For(request))
            .Build(request.T("Milestone overdue: {0}", name), request.T("The Cohorts team"));
    }
}
