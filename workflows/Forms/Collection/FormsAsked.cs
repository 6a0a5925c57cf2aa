namespace Cohorts.Workflows.Forms.Collection;

/// <summary>What a person's ask made: the requests, one per respondent, and the version asked.</summary>
/// <param name="FormId">The form.</param>
/// <param name="Version">The version asked.</param>
/// <param name="RequestIds">The requests made.</param>
/// <param name="AlreadyOpen">
/// The requests of the same form still open for respondents of the ask (asked before and not answered yet), left as
/// they are: no second request and no second e-mail for them.
/// </param>
public sealed record FormsAsked(string FormId, int Version, IReadOnlyList<Guid> RequestIds, IReadOnlyList<Guid> AlreadyOpen);
