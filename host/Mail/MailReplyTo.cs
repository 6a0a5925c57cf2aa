using System.Text.Json.Nodes;
using Cohorts.Workflows.Services;
using MimeKit;

namespace Cohorts.Host.Mail;

/// <summary>
/// The address a reply goes to, when the e-mail's data names one (<c>replyTo</c>: a company's session e-mails give its
/// coach's), so that a company answering its coach does not write to the installation's sending address. An address
/// the rules of every address Cohorts writes to refuse (<see cref="EmailAddresses"/>) is left out: the reply then goes
/// to the sender, as before.
/// </summary>
internal static class MailReplyTo
{
    /// <summary>Adds the data's <c>replyTo</c> to <paramref name="message"/> when it is a plausible address.</summary>
    public static void Add(MimeMessage message, JsonObject data)
    {
        if (data["replyTo"] is JsonValue value && value.TryGetValue<string>(out var address)
            && EmailAddresses.IsPlausible(address.Trim())
            && MailboxAddress.TryParse(address.Trim(), out var mailbox))
        {
            message.ReplyTo.Add(mailbox);
        }
    }
}
