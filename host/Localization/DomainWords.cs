using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Localization;

/// <summary>
/// Says a message of the domain in the reader's language (<see cref="DomainText"/>): by its English text, or, when it
/// holds values, by the composite format it was written from (<see cref="MessageTemplates"/>), its translation filled
/// with those values written the reader's way (<see cref="MessageArguments"/>). English, the messages' own language,
/// gets only its dates written as a person reads them; a message with no translation, or in English with no date, gives null.
/// </summary>
internal sealed partial class DomainWords
{
    private readonly IStringLocalizer _texts;
    private readonly Lazy<MessageTemplates> _templates;

    /// <summary>Initializes a new instance of the <see cref="DomainWords"/> class over the domain's texts.</summary>
    /// <param name="texts">The localizer of <see cref="DomainText"/> (with the French elisions).</param>
    /// <param name="formats">The English keys of the translations (read once, at the first message).</param>
    public DomainWords(IStringLocalizer texts, Func<IEnumerable<string>> formats)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(formats);
        _texts = texts;
        _templates = new(() => new MessageTemplates(formats()));
    }

    /// <summary>The keys of the domain's French texts, read from the host's satellite resources.</summary>
    public static IEnumerable<string> FrenchKeys()
    {
        var resources = new ResourceManager(typeof(DomainText).Assembly.GetName().Name + ".Resources.Localization." + nameof(DomainText), typeof(DomainText).Assembly);
        using var set = resources.GetResourceSet(CultureInfo.GetCultureInfo("fr"), createIfNotExists: true, tryParents: false);
        return set is null ? [] : [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key)];
    }

    /// <summary>The message in the reader's language, or null (English, or no translation).</summary>
    public string? Say(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == CohortsCultures.Supported[0].TwoLetterISOLanguageName)
        {
            return InEnglish(message);
        }

        var said = _texts[message];
        if (!said.ResourceNotFound)
        {
            return said.Value;
        }

        if (!_templates.Value.TryMatch(message, out var format, out var arguments))
        {
            return null;
        }

        var filled = _texts[format, [.. arguments.Select(MessageArguments.Write)]];
        return filled.ResourceNotFound ? null : filled.Value;
    }

    /// <summary>
    /// The English message with its dates written as a person reads them ("answered on 20 November 2024", not
    /// "2024-11-20T17:00:00+00:00"); null when it holds none (its numbers stay as the domain wrote them).
    /// </summary>
    private string? InEnglish(string message)
    {
        // Every English text of a page comes here (English has no resources of its own): only one holding a date is
        // matched against the domain's formats, which costs far more than the page's own text.
        if (!IsoDate().IsMatch(message) || !_templates.Value.TryMatch(message, out var format, out var arguments))
        {
            return null;
        }

        string[] written = [.. arguments.Select(a => MessageArguments.WriteDate(a) ?? a)];
        if (written.SequenceEqual(arguments, StringComparer.Ordinal))
        {
            return null;
        }

        try
        {
            return string.Format(CultureInfo.InvariantCulture, format, written);
        }
        catch (FormatException)
        {
            return null; // a format whose braces are text of its own: said as the domain wrote it
        }
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
