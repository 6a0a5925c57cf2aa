namespace Cohorts.Host.Localization;

/// <summary>
/// The company portal's texts (its pages, its e-mails, the manager's links page): the English text is the key, the
/// French comes from Resources/Localization/PortalText.fr.resx (inject <c>IStringLocalizer&lt;PortalText&gt;</c>; a
/// missing translation shows the English).
/// </summary>
public sealed class PortalText
{
    private PortalText()
    {
    }
}
