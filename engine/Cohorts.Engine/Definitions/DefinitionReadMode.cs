namespace Cohorts.Engine.Definitions;

/// <summary>How strictly a definition document is read.</summary>
public enum DefinitionReadMode
{
    /// <summary>
    /// For authoring and publishing: every rule applies, and an activity type this host does not know is a problem.
    /// </summary>
    Strict,

    /// <summary>
    /// For loading a version that was published already: an unknown activity type loads as a
    /// <see cref="Activities.MissingActivity"/> that keeps its JSON, and the authoring rules (unreachable branches,
    /// expression syntax, each activity's own checks) are not run again, so that a rule added later never makes a
    /// published version unloadable. What running needs (the shape, the values, unique ids, the time zone) is still
    /// checked.
    /// </summary>
    Lenient,
}
