using Cohorts.Host.Localization;
using Cohorts.Host.Portal;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Mail.Composers;

/// <summary>
/// <c>portal-link</c>, to a company's contact a manager sends their portal link (rows written by
/// <c>PortalLinkService.SendAsync</c>). Data: <c>{ "portalLinkId", "company", "cohort", "expiresAt": ISO instant }</c>;
/// the link is built from the site's public address and the link's token.
/// </summary>
internal sealed class PortalLinkMail(PortalTokens tokens, IStringLocalizer<PortalText> text) : IMailComposer
{
    public string Kind => "portal-link";

    public MailContent Compose(MailRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var company = request.Required("company");
        var body = new MailBody()
            .Paragraph(request.T("Hello,"))
            .Paragraph(text["Here is your personal link to the portal of {0}: your journey, your next sessions, the forms waiting for you and the documents shared with you. No password is needed; keep this e-mail.", company]);
        if (request.Optional("expiresAt") is not null)
        {
            var expiresAt = request.Instant("expiresAt");
            body.Paragraph(text["The link works until {0}. Do not forward it: whoever has it sees your company's portal.", request.Dates.Date(expiresAt)]);
        }

        PortalMailFacts.Facts(body, request, text);
        return body
            .Link(text["Open the portal"], PortalMailFacts.Link(request, tokens))
            .Build(text["Your company portal: {0}", company], request.T("The Cohorts team"));
    }
}
