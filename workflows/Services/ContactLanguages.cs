namespace Cohorts.Workflows.Services;

/// <summary>
/// The languages a company's contact can be written to in (those of the pages and e-mails: English, French). A company
/// that chose none reads the language its application was filled in, else the installation's default.
/// </summary>
public static class ContactLanguages
{
    /// <summary>Gets the languages, as two-letter codes.</summary>
    public static IReadOnlyList<string> All { get; } = ["en", "fr"];

    /// <summary>Answers whether a code is one of <see cref="All"/> (exactly: lower case, two letters).</summary>
    public static bool IsSupported(string? language) => language is not null && All.Contains(language, StringComparer.Ordinal);

    /// <summary>Adds a problem at <paramref name="field"/> when a language is given and is not one of <see cref="All"/>.</summary>
    internal static void Check(Problems problems, string field, string? language)
    {
        if (language is not null && !IsSupported(language))
        {
            problems.Add(field, "The contact's language is 'en' or 'fr'.");
        }
    }
}
