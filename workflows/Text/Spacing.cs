using System.Text;

namespace Cohorts.Workflows.Text;

/// <summary>
/// A name as it is kept and compared: without outer spaces, and with every run of white space inside it (tabs,
/// no-break spaces, line breaks) written as one space, so that "Atelier  Dupont" and "Atelier Dupont" are one name
/// (a company's within its cohort, an organisation's in the directory).
/// </summary>
public static class Spacing
{
    /// <summary>Returns <paramref name="text"/> trimmed, each run of white space inside it made one plain space.</summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().Trim();
        if (!NeedsCollapsing(trimmed))
        {
            return trimmed.Length == text.Length ? text : trimmed.ToString();
        }

        var builder = new StringBuilder(trimmed.Length);
        var inSpace = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                inSpace = true;
                continue;
            }

            if (inSpace)
            {
                builder.Append(' ');
                inSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool NeedsCollapsing(ReadOnlySpan<char> trimmed)
    {
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (char.IsWhiteSpace(trimmed[i]) && (trimmed[i] != ' ' || char.IsWhiteSpace(trimmed[i + 1])))
            {
                return true;
            }
        }

        return false;
    }
}
