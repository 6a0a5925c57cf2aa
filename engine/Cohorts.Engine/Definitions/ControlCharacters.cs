namespace Cohorts.Engine.Definitions;

/// <summary>
/// What a text written by a person never holds: control characters other than tab, line feed and carriage return (the
/// C0 and C1 blocks and DEL: a null, an escape, a form feed...), the bidirectional embedding, override and isolate
/// controls (U+202A to U+202E, U+2066 to U+2069), the non-characters U+FFFE and U+FFFF, and a half of a surrogate
/// pair. They are invisible on a page, cannot be written in XML nor, for the null, stored by PostgreSQL, and can make a
/// terminal or a log lie; a right-to-left override makes a link named <c>report</c>, U+202E, <c>fdp.exe</c> read
/// "reportexe.pdf" and a name in an e-mail or a spreadsheet read backwards. The marks that only hint at a direction
/// (U+200E, U+200F, U+061C) are taken: right-to-left scripts need them. The definition reader refuses them in a
/// definition's texts, and the domain in everything a person types.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Whether <paramref name="text"/> holds a refused character (tab, line feed and carriage return are allowed).</summary>
    public static bool AnyIn(ReadOnlySpan<char> text) => IndexOf(text, lineBreaksAllowed: true) >= 0;

    /// <summary>
    /// The position of the first refused character of <paramref name="text"/>, or -1; tab, line feed and carriage return
    /// count as refused unless <paramref name="lineBreaksAllowed"/> (a name is one line).
    /// </summary>
    public static int IndexOf(ReadOnlySpan<char> text, bool lineBreaksAllowed)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' ? !lineBreaksAllowed || c is not ('\t' or '\n' or '\r') : c is (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFFFE' or '\uFFFF')
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return i;
                }

                i++;
            }
        }

        return -1;
    }
}
