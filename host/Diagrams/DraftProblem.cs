namespace Cohorts.Host.Diagrams;

/// <summary>A problem of a draft document, with where it stands in the text.</summary>
/// <param name="Path">The JSON path (<c>$.root.activities[2].duration</c>).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Line">The 1-based line of the path (of its nearest ancestor when the document lacks it, of the syntax error when it is not JSON).</param>
/// <param name="Column">The 1-based column.</param>
public sealed record DraftProblem(string Path, string Message, long Line, long Column);
