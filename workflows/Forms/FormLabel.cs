namespace Cohorts.Workflows.Forms;

/// <summary>A text of a form in English and in French (<c>{"en": "…", "fr": "…"}</c>).</summary>
/// <param name="En">The English text.</param>
/// <param name="Fr">The French text.</param>
public sealed record FormLabel(string En, string Fr)
{
    /// <summary>Gets the text in <paramref name="language"/> (<c>fr</c> gives French, anything else English).</summary>
    public string In(string? language) =>
        string.Equals(language, "fr", StringComparison.OrdinalIgnoreCase) || (language?.StartsWith("fr-", StringComparison.OrdinalIgnoreCase) ?? false) ? Fr : En;
}
