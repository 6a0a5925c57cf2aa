namespace Cohorts.Host.Localization;

/// <summary>
/// The texts of long tables (search, filters, sorting, pages) and of the manager's home, progress, milestones and board
/// pages: the English text is the key, the French comes from Resources/Localization/TableText.fr.resx.
/// </summary>
public sealed class TableText
{
    private TableText()
    {
    }
}
