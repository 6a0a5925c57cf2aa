namespace Cohorts.Host.Mail;

/// <summary>How the connection to the SMTP server is secured (<c>Cohorts:Mail:Security</c>).</summary>
public enum MailSecurity
{
    /// <summary>STARTTLS if the server offers it, on port 465 TLS from the start (MailKit's choice).</summary>
    Auto,

    /// <summary>Plain text: only for a relay on the same machine or network.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS, which the server must offer (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}
