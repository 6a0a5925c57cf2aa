namespace Cohorts.Host.Localization;

/// <summary>
/// The coach pages' texts: the English text is the key, the French comes from Resources/Localization/CoachText.fr.resx (inject
/// <c>IStringLocalizer&lt;CoachText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class CoachText
{
    private CoachText()
    {
    }
}
