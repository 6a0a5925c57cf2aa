namespace Cohorts.Host.Diagrams;

/// <summary>One line of a diff between two versions' documents.</summary>
/// <param name="Kind"><c>added</c> (only in the newer), <c>removed</c> (only in the older) or <c>unchanged</c>.</param>
/// <param name="Text">The line, without its line end.</param>
/// <param name="FromLine">Its 1-based number in the older document, unless added.</param>
/// <param name="ToLine">Its 1-based number in the newer document, unless removed.</param>
public sealed record DiffLine(string Kind, string Text, int? FromLine, int? ToLine)
{
    /// <summary>A line only the newer document has.</summary>
    public const string Added = "added";

    /// <summary>A line only the older document has.</summary>
    public const string Removed = "removed";

    /// <summary>A line both have.</summary>
    public const string Unchanged = "unchanged";
}
