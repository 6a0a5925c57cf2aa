namespace Cohorts.Workflows.Services;

/// <summary>A programme's description in French and English.</summary>
/// <param name="Fr">In French (the programme's language).</param>
/// <param name="En">In English.</param>
public sealed record DescriptionSettings(string? Fr, string? En);
