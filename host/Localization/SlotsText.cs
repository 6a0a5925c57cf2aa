namespace Cohorts.Host.Localization;

/// <summary>
/// The texts of coaches' time (the coaches page, hours on the coach's companies page, the preview's warnings): the
/// English text is the key, the French comes from Resources/Localization/SlotsText.fr.resx (inject
/// <c>IStringLocalizer&lt;SlotsText&gt;</c>).
/// </summary>
public sealed class SlotsText
{
    private SlotsText()
    {
    }
}
