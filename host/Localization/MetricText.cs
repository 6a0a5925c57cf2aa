namespace Cohorts.Host.Localization;

/// <summary>
/// The metrics' texts (the metric KPIs on the progress pages, their charts, their rows in the exports and the report):
/// the English text is the key, the French comes from Resources/Localization/MetricText.fr.resx (inject
/// <c>IStringLocalizer&lt;MetricText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class MetricText
{
    private MetricText()
    {
    }
}
