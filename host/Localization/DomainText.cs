namespace Cohorts.Host.Localization;

/// <summary>
/// The domain's refusals and notices (<c>Cohorts.Workflows</c> writes them in English, as the API answers them): the
/// English text, or its composite format when it holds values, is the key of its French in
/// Resources/Localization/DomainText.fr.resx. Every page's localizer falls back to these (<see cref="DomainWords"/>),
/// so a page says a domain message in the reader's language without knowing it.
/// </summary>
public sealed class DomainText
{
    private DomainText()
    {
    }
}
