using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace Cohorts.Host.Localization;

/// <summary>
/// Reads an English message back into the composite format it was written from ("{0} is at capacity ({1} of {2}
/// companies)." for "Karim Benali is at capacity (6 of 6 companies).") and the values filled in, so that the format's
/// translation can be filled with them. The most specific format wins (the most fixed words); a message matches in
/// time linear in its length (<see cref="RegexOptions.NonBacktracking"/>), whatever a person typed into its values.
/// </summary>
internal sealed partial class MessageTemplates
{
    private readonly List<Template> _templates;

    /// <summary>Initializes a new instance of the <see cref="MessageTemplates"/> class from formats (those without a placeholder are left out: they are looked up as they are).</summary>
    public MessageTemplates(IEnumerable<string> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        _templates =
        [
            .. formats
                .Select(Template.TryRead)
                .OfType<Template>()
                .OrderByDescending(t => t.FixedLength)
                .ThenBy(t => t.Format, StringComparer.Ordinal),
        ];
    }

    /// <summary>Gets how many formats have placeholders.</summary>
    public int Count => _templates.Count;

    /// <summary>Finds the format <paramref name="message"/> was written from and its values, in placeholder order.</summary>
    public bool TryMatch(string message, [NotNullWhen(true)] out string? format, out string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var template in _templates)
        {
            if (template.TryMatch(message, out arguments))
            {
                format = template.Format;
                return true;
            }
        }

        (format, arguments) = (null, []);
        return false;
    }

    [GeneratedRegex(@"\{(\d+)(?:[,:][^{}]*)?\}|\{\{|\}\}")]
    private static partial Regex Placeholder();

    private sealed class Template(string format, Regex pattern, int[] order, int fixedLength)
    {
        public string Format => format;

        public int FixedLength => fixedLength;

        public static Template? TryRead(string format)
        {
            var pattern = new StringBuilder("^");
            var order = new List<int>();
            var (at, fixedLength) = (0, 0);
            foreach (Match hole in Placeholder().Matches(format))
            {
                var literal = format[at..hole.Index];
                (fixedLength, at) = (fixedLength + literal.Length, hole.Index + hole.Length);
                pattern.Append(Regex.Escape(literal));
                if (hole.Value is "{{" or "}}")
                {
                    fixedLength++;
                    pattern.Append(Regex.Escape(hole.Value[..1]));
                    continue;
                }

                order.Add(int.Parse(hole.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
                pattern.Append("(.+?)");
            }

            if (order.Count == 0)
            {
                return null;
            }

            var tail = format[at..];
            pattern.Append(Regex.Escape(tail)).Append('$');
            return new Template(
                format,
                new Regex(pattern.ToString(), RegexOptions.NonBacktracking | RegexOptions.Singleline | RegexOptions.CultureInvariant),
                [.. order],
                fixedLength + tail.Length);
        }

        public bool TryMatch(string message, out string[] arguments)
        {
            var match = pattern.Match(message);
            if (!match.Success)
            {
                arguments = [];
                return false;
            }

            arguments = new string[order.Max() + 1];
            for (var i = 0; i < order.Length; i++)
            {
                var value = match.Groups[i + 1].Value;
                if (arguments[order[i]] is { } earlier && earlier != value)
                {
                    arguments = [];
                    return false; // one placeholder twice, two different values: not this format
                }

                arguments[order[i]] = value;
            }

            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] ??= string.Empty;
            }

            return true;
        }
    }
}
