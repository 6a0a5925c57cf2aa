namespace Cohorts.Host.Localization;

/// <summary>
/// The texts of applications and scored screening (the public application page, the manager's applications and rounds,
/// the evaluator's pages): the English text is the key, the French comes from
/// Resources/Localization/ScreeningText.fr.resx (inject <c>IStringLocalizer&lt;ScreeningText&gt;</c>).
/// </summary>
public sealed class ScreeningText
{
    private ScreeningText()
    {
    }
}
