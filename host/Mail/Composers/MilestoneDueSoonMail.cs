namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>milestone-due-soon</c>, to a milestone's reviewer (the managers, <c>managers:{cohortId}</c>, or a funder's
/// address) before it is due. Data: <c>{ "milestoneId", "cohortId", "name", "dueAt": ISO instant, "reviewer":
/// "manager|funder", "company"?, "cohort"? }</c>; links to where it is decided.
/// </summary>
internal sealed class MilestoneDueSoonMail : IMailComposer
{
    public string Kind => "milestone-due-soon";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Required("name");
        var dueAt = request.Instant("dueAt");
        var body = new MailBody()
            .Paragraph(request.T("Hello,"))
            .Paragraph(request.T("The milestone “{0}” is due {2}, on {1}.", name, request.DateAndTime(dueAt), request.Dates.Relative(dueAt)));
        MilestoneFacts.Add(body, request);
        return body
            .Link(request.T("Decide the milestone"), MilestoneLinks.For(request))
            .Build(request.T("Milestone due soon: {0}", name), request.T("The Cohorts team"));
    }
}
