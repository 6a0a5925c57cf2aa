namespace Cohorts.Host.Mail;

/// <summary>
/// The e-mails' texts: the English text is the key, the French comes from Resources/Mail/MailText.fr.resx (inject
/// <c>IStringLocalizer&lt;MailText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class MailText
{
    private MailText()
    {
    }
}
