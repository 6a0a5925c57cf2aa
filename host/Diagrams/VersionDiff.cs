namespace Cohorts.Host.Diagrams;

/// <summary>The line diff of two versions' documents (indented JSON).</summary>
/// <param name="DefinitionId">The definition.</param>
/// <param name="From">The version compared from.</param>
/// <param name="To">The version compared to.</param>
/// <param name="Added">How many lines were added.</param>
/// <param name="Removed">How many lines were removed.</param>
/// <param name="Lines">Every line, in order.</param>
public sealed record VersionDiff(string DefinitionId, int From, int To, int Added, int Removed, IReadOnlyList<DiffLine> Lines);
