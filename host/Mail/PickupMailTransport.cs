using Microsoft.Extensions.Options;
using MimeKit;

namespace Cohorts.Host.Mail;

/// <summary>
/// Writes each message as an <c>.eml</c> file into the pickup folder (no SMTP server configured): named after its
/// Message-Id, written beside then moved into place, so a reader never sees half a message and a message written
/// twice is the same file. The file is what an SMTP server would have received: prepared as MailKit prepares a
/// message before sending (every part given a transfer encoding fit for 7-bit transport, lines kept short), with CRLF
/// line ends (RFC 5322 §2.1, §2.1.1).
/// </summary>
internal sealed class PickupMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    /// <summary>The line length a part is encoded under: RFC 5322's recommended 78 characters (its limit is 998).</summary>
    internal const int MaxLineLength = 78;

    private static readonly char[] NotInNames = [.. Path.GetInvalidFileNameChars(), '@', '<', '>'];

    private static readonly FormatOptions Format = CrLf();

    public string Destination { get; } = Path.GetFullPath(options.Value.PickupDirectory);

    /// <summary>The file a message with this Message-Id is written to.</summary>
    public string PathOf(string messageId) => Path.Combine(Destination, $"{string.Join('_', messageId.Split(NotInNames))}.eml");

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(Destination);
        var path = PathOf(message.MessageId ?? throw new ArgumentException("The message has no Message-Id.", nameof(message)));
        var partial = path + ".partial";

        // A file may be relayed by anything: 7-bit, as to a server without 8BITMIME.
        message.Prepare(EncodingConstraint.SevenBit, MaxLineLength);
        await message.WriteToAsync(Format, partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }

    private static FormatOptions CrLf()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
