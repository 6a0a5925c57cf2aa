using System.Globalization;
using System.Text.Json.Nodes;
using Cohorts.Host.Web;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cohorts.Host.Mail;

/// <summary>
/// Turns an outbox row into the messages it stands for: one per address its recipient resolves to, each in that
/// person's language, from the composer of its kind, with a Message-Id derived from the row's id.
/// </summary>
internal sealed class MailRenderer(
    IEnumerable<IMailComposer> composers,
    MailRecipients recipients,
    IRecipientLanguage languages,
    IStringLocalizer<MailText> text,
    PublicLinks links,
    TimeProvider clock,
    IOptions<MailOptions> options)
{
    private readonly Dictionary<string, IMailComposer> _composers = composers.ToDictionary(c => c.Kind, StringComparer.Ordinal);
    private readonly string _siteHost = new Uri(links.Site).Host;

    /// <summary>Renders a row; an empty list when its recipient is a group with nobody in it.</summary>
    /// <exception cref="InvalidOperationException">No composer knows the row's kind, or its data lacks a field.</exception>
    public async Task<IReadOnlyList<MimeMessage>> RenderAsync(OutgoingMessage row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!_composers.TryGetValue(row.Kind, out var composer))
        {
            throw new InvalidOperationException($"No e-mail is known of kind '{row.Kind}'.");
        }

        var data = JsonNode.Parse(row.Data) as JsonObject ?? throw new InvalidOperationException("The e-mail's data is not a JSON object.");
        var addresses = await recipients.ExpandAsync(row.Recipient, cancellationToken);
        var group = addresses.Count != 1 || addresses[0] != row.Recipient;
        var messages = new List<MimeMessage>(addresses.Count);
        foreach (var address in addresses)
        {
            var culture = await languages.ForAsync(address, data, cancellationToken);
            var content = Compose(composer, row, data, culture);
            var message = Message(content, address, MailMessageIds.For(row.Id, _siteHost, group ? address : null), row.CreatedAt);
            MailReplyTo.Add(message, data);
            messages.Add(message);
        }

        return messages;
    }

    private MailContent Compose(IMailComposer composer, OutgoingMessage row, JsonObject data, CultureInfo culture)
    {
        // The localizer reads the current UI culture: the recipient's, for the composition only.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            // Relative texts as of when the e-mail was owed, not when it leaves: "in 2 days" stays true of its cause.
            var dates = new HumanText(culture, new OwedClock(row.CreatedAt), CohortsHostExtensions.PagesTimeZone);
            return composer.Compose(new MailRequest(row.Id, data, culture, dates, text, links, clock.GetUtcNow(), row.CreatedAt, options.Value.FromName, options.Value.FromAddress));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private MimeMessage Message(MailContent content, string address, string messageId, DateTimeOffset owedAt)
    {
        var settings = options.Value;
        var message = new MimeMessage { Subject = content.Subject, MessageId = messageId, Date = owedAt };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(address));
        var body = new BodyBuilder { HtmlBody = content.Html, TextBody = content.Text };
        foreach (var attachment in content.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.MediaType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
