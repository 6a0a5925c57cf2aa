namespace Cohorts.Host.Localization;

/// <summary>
/// The texts of a definition's diagram, history, diff and draft checks (host/Diagrams and the definition pages): the
/// English text is the key, the French comes from Resources/Localization/DefinitionText.fr.resx (inject
/// <c>IStringLocalizer&lt;DefinitionText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class DefinitionText
{
    private DefinitionText()
    {
    }
}
