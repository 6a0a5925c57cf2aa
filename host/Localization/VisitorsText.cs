namespace Cohorts.Host.Localization;

/// <summary>
/// The visitors' texts (each event's visitors against expected and the cohort's total against its target, on the
/// progress pages and in the progress report): the English text is the key, the French comes from
/// Resources/Localization/VisitorsText.fr.resx (inject <c>IStringLocalizer&lt;VisitorsText&gt;</c>; a missing
/// translation shows the English).
/// </summary>
public sealed class VisitorsText
{
    private VisitorsText()
    {
    }
}
