namespace Cohorts.Host.Localization;

/// <summary>
/// The Tournée de l'innovation's texts (its synthesis for the ministry, the walk-ins of an event's outcome): the English
/// text is the key, the French comes from Resources/Localization/TourText.fr.resx (inject
/// <c>IStringLocalizer&lt;TourText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class TourText
{
    private TourText()
    {
    }
}
