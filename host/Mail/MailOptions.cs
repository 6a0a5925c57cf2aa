namespace Cohorts.Host.Mail;

/// <summary>
/// How e-mails leave (section <c>Cohorts:Mail</c>): through the SMTP server named by <see cref="Host"/>, or, without
/// one (the default), as <c>.eml</c> files written into <see cref="PickupDirectory"/>.
/// </summary>
public sealed class MailOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Cohorts:Mail";

    /// <summary>Gets or sets the SMTP server's host name; empty writes messages into <see cref="PickupDirectory"/> instead.</summary>
    public string? Host { get; set; }

    /// <summary>Gets or sets the SMTP server's port (587 for STARTTLS, 465 for TLS on connect, 25 for a local relay).</summary>
    public int Port { get; set; } = 587;

    /// <summary>Gets or sets how the connection is secured.</summary>
    public MailSecurity Security { get; set; } = MailSecurity.Auto;

    /// <summary>Gets or sets the user name to authenticate with (none: no authentication).</summary>
    public string? UserName { get; set; }

    /// <summary>Gets or sets the password that goes with <see cref="UserName"/>.</summary>
    public string? Password { get; set; }

    /// <summary>Gets or sets the sender's address (required with an SMTP host).</summary>
    public string FromAddress { get; set; } = "cohorts@localhost";

    /// <summary>Gets or sets the sender's display name.</summary>
    public string FromName { get; set; } = "Cohorts";

    /// <summary>Gets or sets the folder the messages are written into without an SMTP host (relative to the working directory).</summary>
    public string PickupDirectory { get; set; } = "data/mail/";

    /// <summary>Gets or sets how often the outbox is looked at for messages due (each is also sent right after its commit).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets or sets how long one SMTP exchange may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets a value indicating whether messages go to an SMTP server rather than the pickup folder.</summary>
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);
}
