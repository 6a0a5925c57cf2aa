namespace Cohorts.Host.Localization;

/// <summary>
/// The texts of a form's answers summary (page, CSV/XLSX headers) and synthesis documents: the English text is the key,
/// the French comes from Resources/Localization/SynthesisText.fr.resx (inject <c>IStringLocalizer&lt;SynthesisText&gt;</c>).
/// </summary>
public sealed class SynthesisText
{
    private SynthesisText()
    {
    }
}
