namespace Cohorts.Host.Localization;

/// <summary>
/// The texts of a programme's forms page: the English text is the key, the French comes from
/// Resources/Localization/FormText.fr.resx (inject <c>IStringLocalizer&lt;FormText&gt;</c>; a missing translation
/// shows the English).
/// </summary>
public sealed class FormText
{
    private FormText()
    {
    }
}
