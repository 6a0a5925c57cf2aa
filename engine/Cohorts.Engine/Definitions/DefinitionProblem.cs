namespace Cohorts.Engine.Definitions;

/// <summary>One problem found in a workflow definition.</summary>
/// <param name="Path">Where: a JSON path such as <c>$.root.activities[2].duration</c>.</param>
/// <param name="Message">What is wrong, in words a programme manager can act on.</param>
public sealed record DefinitionProblem(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
