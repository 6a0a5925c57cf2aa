namespace Cohorts.Host.Mail;

/// <summary>A rendered e-mail: subject, HTML and plain-text bodies, attachments.</summary>
public sealed record MailContent(string Subject, string Html, string Text, IReadOnlyList<MailAttachment> Attachments);
