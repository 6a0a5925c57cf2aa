namespace Cohorts.Host.Localization;

/// <summary>
/// The programme authoring pages' texts (creating a programme, editing its settings, archiving, a cohort's own
/// targets): the English text is the key, the French comes from Resources/Localization/ProgrammeEditText.fr.resx
/// (inject <c>IStringLocalizer&lt;ProgrammeEditText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class ProgrammeEditText
{
    private ProgrammeEditText()
    {
    }
}
