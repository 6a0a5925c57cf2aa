using System.Globalization;

namespace Cohorts.Workflows.Services;

/// <summary>
/// Whether a text can be an e-mail address the host writes to: a name, one @ and a domain, without spaces, control or
/// invisible formatting characters (a right-to-left override), or the characters that make a mail header's list or
/// display name (<c>&lt; &gt; ( ) [ ] , ; : " \</c>). A plan's coaches are invited by e-mail and its companies and funders
/// reached by it: "zzz" or <c>=HYPERLINK("http://x","y")</c> was stored and an invitation written to it.
/// </summary>
public static class EmailAddresses
{
    /// <summary>What is wrong with a text that is not one.</summary>
    public const string NotOne = "Not an e-mail address: a name, one @ and a domain, without spaces or brackets.";

    private const string HeaderCharacters = "<>()[],;:\"\\";

    /// <summary>Whether <paramref name="address"/> (trimmed) can be an e-mail address.</summary>
    public static bool IsPlausible(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var text = address.Trim();
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1)
        {
            return false;
        }

        var domain = text[(at + 1)..];
        if (domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || HeaderCharacters.Contains(c, StringComparison.Ordinal)
                || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse)
            {
                return false;
            }
        }

        return true;
    }
}
