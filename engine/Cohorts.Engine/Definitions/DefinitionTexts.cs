using System.Globalization;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// The bounds of a definition's texts (<see cref="DefinitionLimits"/>): ids, names and display names are one line of at
/// most <see cref="DefinitionLimits.MaxIdLength"/> or <see cref="DefinitionLimits.MaxNameLength"/> characters; a
/// description and a text setting may have line breaks. None holds a control character (<see cref="ControlCharacters"/>).
/// </summary>
internal static class DefinitionTexts
{
    /// <summary>The problem of an id, or null.</summary>
    public static DefinitionProblem? OfId(string path, string? text) => Check(path, text, DefinitionLimits.MaxIdLength, lineBreaksAllowed: false);

    /// <summary>The problem of a name or display name, or null.</summary>
    public static DefinitionProblem? OfName(string path, string? text) => Check(path, text, DefinitionLimits.MaxNameLength, lineBreaksAllowed: false);

    /// <summary>The problem of a description, or null.</summary>
    public static DefinitionProblem? OfDescription(string path, string? text) => Check(path, text, DefinitionLimits.MaxDescriptionLength, lineBreaksAllowed: true);

    /// <summary>The problem of an activity's text setting, or null.</summary>
    public static DefinitionProblem? OfSetting(string path, string? text) => Check(path, text, DefinitionLimits.MaxTextSettingLength, lineBreaksAllowed: true);

    private static DefinitionProblem? Check(string path, string? text, int maxLength, bool lineBreaksAllowed)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            return new DefinitionProblem(path, Invariant($"{text.Length:N0} characters, and this text may have at most {maxLength:N0}"));
        }

        var at = ControlCharacters.IndexOf(text, lineBreaksAllowed);
        if (at < 0)
        {
            return null;
        }

        var what = text[at] switch
        {
            '\t' or '\n' or '\r' => "a tab or line break (this text is one line)",
            var c when char.IsSurrogate(c) => "half of a surrogate pair",
            var c => Invariant($"the control character U+{(int)c:X4}"),
        };
        return new DefinitionProblem(path, Invariant($"{what} at position {at + 1:N0}: remove it"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
