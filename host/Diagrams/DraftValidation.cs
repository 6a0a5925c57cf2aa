namespace Cohorts.Host.Diagrams;

/// <summary>What checking a draft found: valid, or its problems in the order of their lines.</summary>
/// <param name="Valid">True when the draft has no problem and could be published.</param>
/// <param name="Problems">Every problem, with its path, line and column.</param>
public sealed record DraftValidation(bool Valid, IReadOnlyList<DraftProblem> Problems);
