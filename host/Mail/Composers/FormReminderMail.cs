using Cohorts.Host.Localization;
using Cohorts.Host.Portal;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>form-reminder</c>, to a company's contact who has not answered a form yet (rows written by the CollectForm
/// activity). Data as <c>form-requested</c>: <c>{ "requestId", "portalLinkId", "company", "cohort", "formName":
/// {"en","fr"}, "title"?, "dueAt"? }</c>; links to the form's page in the company portal.
/// </summary>
internal sealed class FormReminderMail(PortalTokens tokens, IStringLocalizer<PortalText> text) : IMailComposer
{
    public string Kind => "form-reminder";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = PortalMailFacts.FormName(request);
        var body = new MailBody()
            .Paragraph(request.T("Hello,"))
            .Paragraph(text["A reminder: the form “{0}” is still waiting for your answers.", name]);
        if (FormMailFacts.DueAt(request) is { } dueAt)
        {
            body.Paragraph(dueAt > request.OwedAt
                ? text["Please answer by {0}.", request.DateAndTime(dueAt)]
                : text["It was due on {0}.", request.DateAndTime(dueAt)]);
        }

        PortalMailFacts.Facts(body, request, text);
        return body
            .Link(text["Fill in the form"], PortalMailFacts.Link(request, tokens, request.IdOf("requestId")))
            .Build(text["Reminder: “{0}”", name], request.T("The Cohorts team"));
    }
}
