namespace Cohorts.Host.Localization;

/// <summary>
/// The attachments panel's and page's texts: the English text is the key, the French comes from
/// Resources/Localization/AttachmentText.fr.resx (inject <c>IStringLocalizer&lt;AttachmentText&gt;</c>).
/// </summary>
public sealed class AttachmentText
{
    private AttachmentText()
    {
    }
}
