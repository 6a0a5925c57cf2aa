namespace Cohorts.Host.Localization;

/// <summary>
/// The manager pages' texts: the English text is the key, the French comes from Resources/Localization/ManagerText.fr.resx (inject
/// <c>IStringLocalizer&lt;ManagerText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class ManagerText
{
    private ManagerText()
    {
    }
}
