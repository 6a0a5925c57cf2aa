using System.Globalization;
using Humanizer;

namespace Cohorts.Workflows.Text;

/// <summary>
/// The words of one language that Humanizer does not provide: how a span is placed in time ("in 3 days",
/// "en retard de 2 semaines") and the domain nouns. Humanizer provides the rest (units, numbers in words, "tomorrow").
/// English nouns list only the singular: Humanizer's inflector is English and pluralizes them ("company" → "companies").
/// French nouns list both forms, since that inflector would make "coaches" of "coach".
/// </summary>
internal sealed class PhraseBook
{
    public static readonly PhraseBook English = new(
        language: "en",
        future: "in {0}",
        past: "{0} ago",
        dueIn: "due in {0}",
        dueToday: "due today",
        overdue: "{0} overdue",
        today: "today",
        and: "and",
        dateAndTime: "{0} at {1}",
        singularForZero: false,
        nouns: new Dictionary<DomainNoun, NounForms>
        {
            [DomainNoun.Company] = new("company", null),
            [DomainNoun.Session] = new("session", null),
            [DomainNoun.Coach] = new("coach", null),
            [DomainNoun.Milestone] = new("milestone", null),
            [DomainNoun.Visitor] = new("visitor", null),
            [DomainNoun.Event] = new("event", null),
            [DomainNoun.Workshop] = new("workshop", null),
            [DomainNoun.Questionnaire] = new("questionnaire", null),
            [DomainNoun.Programme] = new("programme", null),
            [DomainNoun.Journey] = new("journey", null),
        });

    public static readonly PhraseBook French = new(
        language: "fr",
        future: "dans {0}",
        past: "il y a {0}",
        dueIn: "prévu dans {0}",
        dueToday: "prévu aujourd’hui",
        overdue: "en retard de {0}",
        today: "aujourd’hui",
        and: "et",
        dateAndTime: "{0} à {1}",
        singularForZero: true,
        nouns: new Dictionary<DomainNoun, NounForms>
        {
            [DomainNoun.Company] = new("entreprise", "entreprises", GrammaticalGender.Feminine),
            [DomainNoun.Session] = new("séance", "séances", GrammaticalGender.Feminine),
            [DomainNoun.Coach] = new("coach", "coachs"),
            [DomainNoun.Milestone] = new("jalon", "jalons"),
            [DomainNoun.Visitor] = new("visiteur", "visiteurs"),
            [DomainNoun.Event] = new("événement", "événements"),
            [DomainNoun.Workshop] = new("atelier", "ateliers"),
            [DomainNoun.Questionnaire] = new("questionnaire", "questionnaires"),
            [DomainNoun.Programme] = new("programme", "programmes"),
            [DomainNoun.Journey] = new("parcours", "parcours"),
        });

    private readonly IReadOnlyDictionary<DomainNoun, NounForms> _nouns;

    private PhraseBook(
        string language,
        string future,
        string past,
        string dueIn,
        string dueToday,
        string overdue,
        string today,
        string and,
        string dateAndTime,
        bool singularForZero,
        IReadOnlyDictionary<DomainNoun, NounForms> nouns)
    {
        Language = language;
        Future = future;
        Past = past;
        DueIn = dueIn;
        DueToday = dueToday;
        Overdue = overdue;
        Today = today;
        And = and;
        DateAndTime = dateAndTime;
        SingularForZero = singularForZero;
        _nouns = nouns;
    }

    /// <summary>Gets the two-letter language code.</summary>
    public string Language { get; }

    /// <summary>Gets the pattern of a span to come ("in {0}").</summary>
    public string Future { get; }

    /// <summary>Gets the pattern of a span gone by ("{0} ago").</summary>
    public string Past { get; }

    /// <summary>Gets the pattern of a deadline to come ("due in {0}").</summary>
    public string DueIn { get; }

    /// <summary>Gets the text of a deadline today.</summary>
    public string DueToday { get; }

    /// <summary>Gets the pattern of a deadline passed ("{0} overdue").</summary>
    public string Overdue { get; }

    /// <summary>Gets "today".</summary>
    public string Today { get; }

    /// <summary>Gets the conjunction before a list's last item.</summary>
    public string And { get; }

    /// <summary>Gets the pattern of a date with its time of day ("{0} at {1}").</summary>
    public string DateAndTime { get; }

    /// <summary>Gets a value indicating whether zero takes the singular (French: "0 entreprise").</summary>
    public bool SingularForZero { get; }

    /// <summary>Gets the phrase book of a culture's language; English for any language without one.</summary>
    public static PhraseBook For(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == French.Language ? French : English;

    /// <summary>Gets a noun's forms.</summary>
    public NounForms Noun(DomainNoun noun) =>
        _nouns.TryGetValue(noun, out var forms) ? forms : throw new ArgumentOutOfRangeException(nameof(noun), noun, "Not a domain noun.");

    /// <summary>Gets the form of a noun for a count.</summary>
    public string Form(DomainNoun noun, long count)
    {
        var forms = Noun(noun);
        var singular = count == 1 || (count == 0 && SingularForZero);
        return singular ? forms.Singular : forms.Plural ?? forms.Singular.Pluralize(inputIsKnownToBeSingular: true);
    }
}
