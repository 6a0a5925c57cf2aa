namespace Cohorts.Host.Localization;

/// <summary>
/// The texts of plans that change (moving, cancelling a session, a no-show, a correction, a company added or
/// withdrawn): the English text is the key, the French comes from Resources/Localization/ChangesText.fr.resx.
/// </summary>
public sealed class ChangesText
{
    private ChangesText()
    {
    }
}
