namespace Cohorts.Host.Api.Evaluations;

/// <summary>Closes a round.</summary>
/// <param name="Advance">The companies whose applications go on to the next round (none: the round was the last).</param>
public sealed record CloseRoundRequest(IReadOnlyList<Guid>? Advance = null);
