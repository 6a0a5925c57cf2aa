namespace Cohorts.Host.Api.Portal;

/// <summary>What an answer did.</summary>
/// <param name="RequestId">The form request answered.</param>
/// <param name="Edited">True when it changed an earlier answer.</param>
/// <param name="EditableUntil">Until when the answer may still be changed, if ever.</param>
public sealed record PortalAnswerResponse(Guid RequestId, bool Edited, DateTimeOffset? EditableUntil);
