namespace Cohorts.Engine.Definitions;

/// <summary>
/// The bounds of a definition and of its loops (docs/definition-format.md, "Limits"). The reader refuses a document past
/// them in strict mode, with the path of the first thing past each; the loops are checked again when they run, since a
/// version published before a limit existed still loads.
/// </summary>
public static class DefinitionLimits
{
    /// <summary>The most activities one definition may have (the built-in programmes have fewer than 100).</summary>
    public const int MaxActivities = 2_000;

    /// <summary>
    /// The deepest activities may nest (the root is at depth 1). The reader and the builder refuse deeper trees, and the
    /// writer writes every tree within it (<see cref="MaxJsonDepth"/> leaves room for the JSON levels between two activities).
    /// </summary>
    public const int MaxNestingDepth = 32;

    /// <summary>The deepest JSON the reader parses and the writer writes: far more than <see cref="MaxNestingDepth"/> activities need.</summary>
    public const int MaxJsonDepth = 256;

    /// <summary>The largest <c>count</c> of a <c>Repeat</c>, checked when read and when run.</summary>
    public const int MaxRepeatCount = 1_000;

    /// <summary>The most items a <c>ForEach</c> runs over, checked when it runs (its items come from an expression).</summary>
    public const int MaxForEachItems = 1_000;

    /// <summary>The longest id, of a definition or of an activity (one line, no control characters).</summary>
    public const int MaxIdLength = 100;

    /// <summary>The longest name of a definition, and display name of an activity (one line, no control characters).</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest description of a definition (line breaks allowed, no other control characters).</summary>
    public const int MaxDescriptionLength = 4_000;

    /// <summary>The longest text setting of an activity, an expression included (line breaks allowed, no other control characters).</summary>
    public const int MaxTextSettingLength = 10_000;
}
