namespace Cohorts.Host.Localization;

/// <summary>
/// The texts of form collection (a cohort's form requests page, a coach's forms, the form e-mails of helper "collect"):
/// the English text is the key, the French comes from Resources/Localization/CollectText.fr.resx (inject
/// <c>IStringLocalizer&lt;CollectText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class CollectText
{
    private CollectText()
    {
    }
}
