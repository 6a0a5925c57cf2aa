using Cohorts.Host.Localization;
using Cohorts.Host.Portal;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>form-requested</c>, to a company's contact asked to answer a form (rows written by the CollectForm activity).
/// Data: <c>{ "requestId", "portalLinkId", "company", "cohort", "formName": {"en","fr"}, "title"?, "dueAt"? }</c>;
/// links to the form's page in the company portal.
/// </summary>
internal sealed class FormRequestedMail(PortalTokens tokens, IStringLocalizer<PortalText> text) : IMailComposer
{
    public string Kind => "form-requested";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = PortalMailFacts.FormName(request);
        var body = new MailBody()
            .Paragraph(request.T("Hello,"))
            .Paragraph(text["The programme's team asks you to fill in the form “{0}”.", name]);
        if (FormMailFacts.DueAt(request) is { } dueAt)
        {
            // "By" is "au plus tard le" (not "avant le", which would be a day early); the date says when, no countdown.
            body.Paragraph(text["Please answer by {0}.", request.DateAndTime(dueAt)]);
        }

        PortalMailFacts.Facts(body, request, text);
        return body
            .Link(text["Fill in the form"], PortalMailFacts.Link(request, tokens, request.IdOf("requestId")))
            .Build(text["Form to fill in: “{0}”", name], request.T("The Cohorts team"));
    }
}
