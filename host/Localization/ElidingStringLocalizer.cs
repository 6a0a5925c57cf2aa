using System.Globalization;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Localization;

/// <summary>
/// A localizer whose French texts filled in with arguments get their elisions (<see cref="FrenchElision"/>): "Parcours
/// de {0}" with Atelier Numérique reads "Parcours d’Atelier Numérique"; and a name with guillemets of its own, quoted by
/// the text, gets the second level of quotes (<see cref="NestedQuotes"/>): « OpenLab “Exploration-Innovation” ». Other
/// languages and texts without arguments are the inner localizer's as they are. A text the inner localizer does not
/// know is looked for among the domain's (<see cref="DomainWords"/>), when given: a page shows a refusal of the domain
/// in the reader's language.
/// </summary>
internal sealed class ElidingStringLocalizer(IStringLocalizer inner, DomainWords? domain = null) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var said = inner[name];
            return said.ResourceNotFound && domain?.Say(name) is { } translated
                ? new LocalizedString(name, translated, resourceNotFound: false, said.SearchedLocation)
                : said;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var said = inner[name, arguments];
            return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr" && arguments.Length > 0
                ? new LocalizedString(said.Name, NestedQuotes.Apply(FrenchElision.Apply(said.Value)), said.ResourceNotFound, said.SearchedLocation)
                : said;
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}
