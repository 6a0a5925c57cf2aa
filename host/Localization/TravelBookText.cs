namespace Cohorts.Host.Localization;

/// <summary>
/// The travel book's texts (a cohort's « cahier de voyage », Word and PDF, and its button on the cohort page): the
/// English text is the key, the French comes from Resources/Localization/TravelBookText.fr.resx (inject
/// <c>IStringLocalizer&lt;TravelBookText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class TravelBookText
{
    private TravelBookText()
    {
    }
}
