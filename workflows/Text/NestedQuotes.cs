using System.Text;

namespace Cohorts.Workflows.Text;

/// <summary>
/// Quotation marks inside quotation marks once a French text is filled in: a name with guillemets of its own, quoted by
/// the text's « », takes French typography's second level of quotes, without spaces inside them: « OpenLab
/// « Exploration-Innovation » » reads « OpenLab “Exploration-Innovation” ». A text whose guillemets do not pair up (a
/// name with a lone «) is left as it is.
/// </summary>
public static class NestedQuotes
{
    /// <summary>Writes the guillemets below the first level as “ ”.</summary>
    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Nests(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '«' when ++depth > 1:
                    builder.Append('“');
                    while (i + 1 < text.Length && IsSpace(text[i + 1]))
                    {
                        i++;
                    }

                    break;
                case '»' when --depth > 0:
                    while (builder.Length > 0 && IsSpace(builder[^1]))
                    {
                        builder.Length--;
                    }

                    builder.Append('”');
                    break;
                default:
                    builder.Append(text[i]);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether the guillemets pair up and some are inside others.</summary>
    private static bool Nests(string text)
    {
        var (depth, nested) = (0, false);
        foreach (var c in text)
        {
            if (c == '«')
            {
                nested |= ++depth > 1;
            }
            else if (c == '»' && --depth < 0)
            {
                return false;
            }
        }

        return depth == 0 && nested;
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F';
}
