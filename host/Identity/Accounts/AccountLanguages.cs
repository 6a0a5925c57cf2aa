namespace Cohorts.Host.Identity.Accounts;

/// <summary>The languages a person can choose for their pages and e-mails (those of the pages: English, French).</summary>
public static class AccountLanguages
{
    /// <summary>
    /// The language of an account that has not chosen, for its e-mails and as its profile shows it: French, the language
    /// of these French programmes (its pages follow the browser until it chooses).
    /// </summary>
    public const string Default = "fr";

    /// <summary>The longest language code stored.</summary>
    public const int MaxLength = 8;

    /// <summary>Gets the languages, as two-letter codes.</summary>
    public static IReadOnlyList<string> All { get; } = ["en", "fr"];

    /// <summary>Answers whether a code is one of <see cref="All"/>.</summary>
    public static bool IsSupported(string? language) => language is not null && All.Contains(language, StringComparer.Ordinal);

    /// <summary>Answers the code when supported, else the language of <paramref name="fallback"/> when supported, else the default.</summary>
    public static string OrDefault(string? language, string? fallback = null) =>
        IsSupported(language) ? language! : IsSupported(fallback) ? fallback! : Default;
}
