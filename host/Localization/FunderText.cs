namespace Cohorts.Host.Localization;

/// <summary>
/// The funder pages' texts: the English text is the key, the French comes from Resources/Localization/FunderText.fr.resx (inject
/// <c>IStringLocalizer&lt;FunderText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class FunderText
{
    private FunderText()
    {
    }
}
