namespace Cohorts.Workflows.Evaluations;

/// <summary>A text given in English and French (a criterion's label), as sent.</summary>
/// <param name="En">The English text.</param>
/// <param name="Fr">The French text.</param>
public sealed record LabelInput(string? En, string? Fr);
