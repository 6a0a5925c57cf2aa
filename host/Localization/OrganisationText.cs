namespace Cohorts.Host.Localization;

/// <summary>
/// The organisations pages' texts (the directory, an organisation's page, a programme's partners, an event's host and
/// organisers): the English text is the key, the French comes from Resources/Localization/OrganisationText.fr.resx
/// (inject <c>IStringLocalizer&lt;OrganisationText&gt;</c>; a missing translation shows the English).
/// </summary>
public sealed class OrganisationText
{
    private OrganisationText()
    {
    }
}
