namespace Cohorts.Host.Localization;

/// <summary>
/// The collective events pages' texts (a cohort's events, an event's page, the events of a coach's week): the English
/// text is the key, the French comes from Resources/Localization/EventText.fr.resx (inject
/// <c>IStringLocalizer&lt;EventText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class EventText
{
    private EventText()
    {
    }
}
