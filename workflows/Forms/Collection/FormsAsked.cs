namespace Cohorts.Workflows.Forms.Collection;

/// <summary>What a person's ask made: the requests, one per respondent, and the version asked.</summary>
/// <param name="FormId">The form.</param>
/// <param name="Version">The version asked.</param>
/// <param name="RequestIds">The requests made.</param>
public sealed record FormsAsked(string FormId, int Version, IReadOnlyList<Guid> RequestIds);
