namespace Cohorts.Host.Localization;

/// <summary>
/// The progress report documents' texts (Word and PDF): the English text is the key, the French comes from
/// Resources/Localization/ReportText.fr.resx (inject <c>IStringLocalizer&lt;ReportText&gt;</c>; a missing translation
/// shows the English).
/// </summary>
public sealed class ReportText
{
    private ReportText()
    {
    }
}
