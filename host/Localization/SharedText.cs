namespace Cohorts.Host.Localization;

/// <summary>
/// The shared texts (layout, sign-in, errors): the English text is the key, the French comes from Resources/Localization/SharedText.fr.resx (inject
/// <c>IStringLocalizer&lt;SharedText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class SharedText
{
    private SharedText()
    {
    }
}
