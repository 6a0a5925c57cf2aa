using System.Text.Json.Nodes;
using Cohorts.Host.Localization;
using Cohorts.Host.Portal;
using Cohorts.Workflows.Forms;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Mail.Composers;

/// <summary>What the portal's e-mails share: the portal address from <c>portalLinkId</c>, a form's name in the reader's language.</summary>
internal static class PortalMailFacts
{
    /// <summary>The portal's address (from the site's public address), or a form's page in it.</summary>
    public static string Link(MailRequest request, PortalTokens tokens, Guid? requestId = null)
    {
        var linkId = request.IdOf("portalLinkId");
        return requestId is { } id ? tokens.FormUrlFor(linkId, id) : tokens.UrlFor(linkId);
    }

    /// <summary>The form's name (or the request's own title) in the reader's language.</summary>
    public static string FormName(MailRequest request)
    {
        if (request.Optional("title") is { } title)
        {
            return title;
        }

        if (request.Data["formName"] is JsonObject name)
        {
            var en = name["en"]?.GetValue<string>();
            var fr = name["fr"]?.GetValue<string>();
            return new FormLabel(en ?? fr ?? string.Empty, fr ?? en ?? string.Empty).In(request.Culture.Name);
        }

        return request.Optional("formName") ?? throw new InvalidOperationException("The e-mail's data lacks \"formName\".");
    }

    /// <summary>Adds the company and cohort facts.</summary>
    public static MailBody Facts(MailBody body, MailRequest request, IStringLocalizer<PortalText> text)
    {
        if (request.Optional("company") is { } company)
        {
            body.Fact(text["Company:"], company);
        }

        if (request.Optional("cohort") is { } cohort)
        {
            body.Fact(text["Cohort:"], cohort);
        }

        return body;
    }
}
