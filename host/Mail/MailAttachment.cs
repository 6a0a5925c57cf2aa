namespace Cohorts.Host.Mail;

/// <summary>A file attached to an e-mail (a session's <c>.ics</c>).</summary>
/// <param name="FileName">The file's name.</param>
/// <param name="MediaType">Its media type, e.g. <c>text/calendar</c>.</param>
/// <param name="Content">Its bytes.</param>
public sealed record MailAttachment(string FileName, string MediaType, byte[] Content);
