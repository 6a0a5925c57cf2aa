using MimeKit;

namespace Cohorts.Host.Mail;

/// <summary>Where rendered messages go: an SMTP server or the pickup folder.</summary>
public interface IMailTransport
{
    /// <summary>Gets where messages go, for the log (<c>smtp.example.org:587</c>, a folder's full path).</summary>
    string Destination { get; }

    /// <summary>Hands a message over; returns once it was accepted (the server's reply, the file written).</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
