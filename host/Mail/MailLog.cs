namespace Cohorts.Host.Mail;

/// <summary>The mail sender's log messages.</summary>
internal static partial class MailLog
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "No SMTP server configured (Cohorts:Mail:Host): e-mails are written as .eml files into {Folder}")]
    public static partial void PickupAtStart(ILogger logger, string folder);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "E-mails are sent through the SMTP server {Server}")]
    public static partial void SmtpAtStart(ILogger logger, string server);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "E-mail {Kind} to {Recipient} written to {Path}")]
    public static partial void Written(ILogger logger, string kind, string recipient, string path);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information, Message = "E-mail {Kind} to {Recipient} sent ({MessageId})")]
    public static partial void Sent(ILogger logger, string kind, string recipient, string messageId);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning, Message = "Sending e-mail {Kind} ({Id}) to {Recipient} failed (attempt {Attempt}); it is tried again at {NextAttemptAt}")]
    public static partial void Failed(ILogger logger, Exception exception, string kind, Guid id, string recipient, int attempt, DateTimeOffset nextAttemptAt);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Warning, Message = "E-mail {Kind} ({Id}) to {Recipient} has nobody to go to; it is marked sent")]
    public static partial void NoRecipient(ILogger logger, string kind, Guid id, string recipient);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Error, Message = "Sending the e-mails due failed; the outbox is looked at again in {Interval}")]
    public static partial void SweepFailed(ILogger logger, Exception exception, TimeSpan interval);
}
