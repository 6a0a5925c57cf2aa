namespace Cohorts.Workflows.Services;

/// <summary>
/// What a text typed by a person never holds: control characters other than tab, line feed and carriage return (the
/// C0 and C1 blocks and DEL: a null, an escape, a form feed...), the bidirectional override, embedding and isolate
/// controls (a right-to-left override makes a name read backwards), the non-characters U+FFFE and U+FFFF, and a half
/// of a surrogate pair. They are invisible on a page, cannot be written in XML (a Word report) nor, for the null, stored
/// by PostgreSQL, and can make a terminal or a log lie; so the API and the services refuse them like any other value
/// out of its limits (<see cref="LimitMessages.NoControlCharacters"/>). The rule is the engine's, which the definition
/// reader applies to a definition's texts.
/// </summary>
public static class ControlCharacters
{
    /// <summary>Whether <paramref name="text"/> holds a character refused in a person's text.</summary>
    public static bool AnyIn(ReadOnlySpan<char> text) => Engine.Definitions.ControlCharacters.AnyIn(text);
}
