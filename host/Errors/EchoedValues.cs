using System.Text.RegularExpressions;

namespace Cohorts.Host.Errors;

/// <summary>
/// Shortens the values a refusal quotes back ("'AAAA…' is not an e-mail address."): a problem names what was wrong
/// without sending a 100,000-character value back twice (in <c>detail</c> and in <c>errors</c>).
/// </summary>
internal static partial class EchoedValues
{
    /// <summary>The characters of a quoted value kept in a message.</summary>
    public const int MostQuoted = 100;

    /// <summary>The characters of a whole message kept, quoted values shortened first.</summary>
    public const int MostMessage = 2_000;

    /// <summary>The message with each quoted value over <see cref="MostQuoted"/> characters cut to that many and "…".</summary>
    public static string Shorten(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Length <= MostQuoted)
        {
            return message;
        }

        var shortened = Quoted().Replace(message, m => $"'{Cut(m.Groups[1].Value, MostQuoted)}'");
        return Cut(shortened, MostMessage);
    }

    /// <summary>
    /// The text itself when it has at most <paramref name="most"/> characters, else its first characters and "…": one
    /// fewer when the cut would fall between the two halves of a surrogate pair, so that no lone half is left (JSON
    /// writers turn one into U+FFFD).
    /// </summary>
    public static string Cut(string text, int most)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(most);
        if (text.Length <= most)
        {
            return text;
        }

        var kept = char.IsHighSurrogate(text[most - 1]) ? most - 1 : most;
        return $"{text.AsSpan(0, kept)}…";
    }

    /// <summary>Each message of each field shortened.</summary>
    public static Dictionary<string, string[]> Shorten(IEnumerable<KeyValuePair<string, string[]>> errors) =>
        errors.ToDictionary(e => e.Key, e => Array.ConvertAll(e.Value, Shorten));

    // A quoted value of more than MostQuoted characters.
    [GeneratedRegex("'([^']{101,})'")]
    private static partial Regex Quoted();
}
