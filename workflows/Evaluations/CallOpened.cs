namespace Cohorts.Workflows.Evaluations;

/// <summary>A call just opened: the call and its token, given this once (only its hash is kept).</summary>
/// <param name="Call">The call.</param>
/// <param name="Token">The public link's token.</param>
public sealed record CallOpened(ApplicationCall Call, string Token);
