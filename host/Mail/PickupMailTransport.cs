using Microsoft.Extensions.Options;
using MimeKit;

namespace Cohorts.Host.Mail;

/// <summary>
/// Writes each message as an <c>.eml</c> file into the pickup folder (no SMTP server configured): named after its
/// Message-Id, written beside then moved into place, so a reader never sees half a message and a message written
/// twice is the same file.
/// </summary>
internal sealed class PickupMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    private static readonly char[] NotInNames = [.. Path.GetInvalidFileNameChars(), '@', '<', '>'];

    public string Destination { get; } = Path.GetFullPath(options.Value.PickupDirectory);

    /// <summary>The file a message with this Message-Id is written to.</summary>
    public string PathOf(string messageId) => Path.Combine(Destination, $"{string.Join('_', messageId.Split(NotInNames))}.eml");

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(Destination);
        var path = PathOf(message.MessageId ?? throw new ArgumentException("The message has no Message-Id.", nameof(message)));
        var partial = path + ".partial";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }
}
