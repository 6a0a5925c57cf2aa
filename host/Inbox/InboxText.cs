namespace Cohorts.Host.Inbox;

/// <summary>
/// The inbox's, notifications' and history's texts: the English text is the key, the French comes from
/// Resources/Inbox/InboxText.fr.resx (inject <c>IStringLocalizer&lt;InboxText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class InboxText
{
    private InboxText()
    {
    }
}
