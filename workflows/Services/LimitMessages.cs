using System.Globalization;
using System.Text.RegularExpressions;

namespace Cohorts.Workflows.Services;

/// <summary>
/// The words of a refusal for going past an <see cref="InputLimits"/> limit. Each is a composite format whose English
/// text is also the key of its translation on the pages: <see cref="TryParse"/> gives a message's format and arguments
/// back, so a page says it in the reader's language.
/// </summary>
public static partial class LimitMessages
{
    /// <summary>A text too long: {0} the most characters, {1} the characters given.</summary>
    public const string TooLong = "At most {0} characters ({1} given).";

    /// <summary>A list too long: {0} the most entries, {1} the entries given.</summary>
    public const string TooMany = "At most {0} entries ({1} given).";

    /// <summary>A number out of range: {0} the least, {1} the most, {2} the number given.</summary>
    public const string OutOfRange = "A number from {0} to {1} ({2} given).";

    /// <summary>A date out of range: {0} the earliest, {1} the latest, {2} the date given (yyyy-MM-dd).</summary>
    public const string DateOutside = "A date from {0} to {1} ({2} given).";

    /// <summary>A text holding a control character (<see cref="ControlCharacters"/>); it has no argument.</summary>
    public const string NoControlCharacters = "No control characters (such as a null or an escape character).";

    /// <summary>Gets every format.</summary>
    public static IReadOnlyList<string> Formats { get; } = [TooLong, TooMany, OutOfRange, DateOutside, NoControlCharacters];

    /// <summary>The message for a text of <paramref name="length"/> characters past <paramref name="max"/>.</summary>
    public static string TextTooLong(int max, int length) => Format(TooLong, max, length);

    /// <summary>
    /// What is wrong with a text under <paramref name="max"/> characters: too long, or holding a control character
    /// (<see cref="ControlCharacters"/>); null when nothing is (a null text included, left to a required check).
    /// </summary>
    public static string? ForText(string? value, int max) =>
        value is null ? null
        : value.Length > max ? TextTooLong(max, value.Length)
        : ControlCharacters.AnyIn(value) ? NoControlCharacters
        : null;

    /// <summary>The message for a list of <paramref name="count"/> entries past <paramref name="max"/>.</summary>
    public static string ListTooLong(int max, int count) => Format(TooMany, max, count);

    /// <summary>The message for a number outside [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <remarks>The number given is written without its fraction (any decimal: one past a 64-bit integer too).</remarks>
    public static string NumberOutOfRange(long min, long max, decimal value) => Format(OutOfRange, min, max, decimal.Truncate(value));

    /// <summary>The message for a date outside the range.</summary>
    public static string DateOutOfRange(DateOnly date) =>
        Format(DateOutside, InputLimits.Iso(InputLimits.EarliestDate), InputLimits.Iso(InputLimits.LatestDate), InputLimits.Iso(date));

    /// <summary>Reads a message made here back into its format and arguments; false for any other message.</summary>
    public static bool TryParse(string message, out string format, out string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var candidate in Formats)
        {
            var match = Pattern(candidate).Match(message);
            if (match.Success)
            {
                format = candidate;
                arguments = [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Value)];
                return true;
            }
        }

        (format, arguments) = (string.Empty, []);
        return false;
    }

    private static string Format(string format, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, format, arguments);

    private static Regex Pattern(string format) => format switch
    {
        TooLong => TooLongPattern(),
        TooMany => TooManyPattern(),
        OutOfRange => OutOfRangePattern(),
        NoControlCharacters => NoControlCharactersPattern(),
        _ => DatePattern(),
    };

    [GeneratedRegex(@"^At most (\d+) characters \((\d+) given\)\.$")]
    private static partial Regex TooLongPattern();

    [GeneratedRegex(@"^At most (\d+) entries \((\d+) given\)\.$")]
    private static partial Regex TooManyPattern();

    [GeneratedRegex(@"^A number from (-?\d+) to (-?\d+) \((-?\d+) given\)\.$")]
    private static partial Regex OutOfRangePattern();

    [GeneratedRegex(@"^No control characters \(such as a null or an escape character\)\.$")]
    private static partial Regex NoControlCharactersPattern();

    [GeneratedRegex(@"^A date from (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2}) \((\d{4}-\d{2}-\d{2}) given\)\.$")]
    private static partial Regex DatePattern();
}
