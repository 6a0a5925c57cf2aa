using System.Globalization;
using System.Text.RegularExpressions;
using Cohorts.Host.Localization;
using Cohorts.Workflows.WalkIns;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Coaching;

/// <summary>
/// The walk-ins box of an event's outcome page: one company per line, <c>name; sector; headcount; town; contact
/// e-mail</c> (blank lines skipped). A line with fields missing or a headcount that is not a whole number is passed on
/// with those fields empty, so the domain names the problem (<c>walkIns[2].headcount</c>) and the page shows it by line.
/// </summary>
public static partial class WalkInLines
{
    /// <summary>The walk-ins the box lists, or null when it is blank.</summary>
    public static IReadOnlyList<WalkIn?>? Parse(string? lines)
    {
        if (string.IsNullOrWhiteSpace(lines))
        {
            return null;
        }

        return [.. lines.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).Select(Line)];
    }

    /// <summary>A walk-in's problem as the page shows it: its line number, then the problem.</summary>
    public static string Explain(string field, string message, IStringLocalizer<TourText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = Index().Match(field);
        var said = LimitText.Localize(message, text);
        return match.Success
            ? text["Line {0}: {1}", int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1, said]
            : said;
    }

    private static WalkIn Line(string line)
    {
        var parts = line.Split(';').Select(p => p.Trim()).Select(p => p.Length == 0 ? null : p).ToList();
        string? At(int i) => i < parts.Count ? parts[i] : null;
        int? headcount = int.TryParse(At(2), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
        return new WalkIn(At(0), At(1), headcount, At(3), At(4));
    }

    [GeneratedRegex(@"^walkIns\[(\d+)\]")]
    private static partial Regex Index();
}
