namespace Cohorts.Host.Localization;

/// <summary>
/// The texts of moving journeys to another version and of the incidents' skip, cancel and move actions: the English
/// text is the key, the French comes from Resources/Localization/MigrationText.fr.resx (inject
/// <c>IStringLocalizer&lt;MigrationText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class MigrationText
{
    private MigrationText()
    {
    }
}
