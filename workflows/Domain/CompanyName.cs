using System.Text;

namespace Cohorts.Workflows.Domain;

/// <summary>
/// A company's name as it is kept and compared: without outer spaces, and with every run of spaces inside it (tabs,
/// no-break spaces, line breaks) written as one space, so that "Atelier  Dupont" and "Atelier Dupont" are one name
/// within a cohort.
/// </summary>
public static class CompanyName
{
    /// <summary>Returns <paramref name="name"/> trimmed, each run of white space inside it made one plain space.</summary>
    public static string Tidy(string name)
    {
        var trimmed = name.AsSpan().Trim();
        if (!NeedsTidying(trimmed))
        {
            return trimmed.Length == name.Length ? name : trimmed.ToString();
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

    private static bool NeedsTidying(ReadOnlySpan<char> trimmed)
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
