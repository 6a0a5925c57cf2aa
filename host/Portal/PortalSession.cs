namespace Cohorts.Host.Portal;

/// <summary>A session or event of the company's journey, as its contact sees it.</summary>
/// <param name="Id">The session's id (its .ics download).</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">Its kind, camelCase (<c>coaching</c>, <c>visit</c>…).</param>
/// <param name="PlannedAt">When it starts.</param>
/// <param name="EndsAt">When it ends.</param>
/// <param name="Location">Where, when known.</param>
public sealed record PortalSession(Guid Id, string Title, string Kind, DateTimeOffset PlannedAt, DateTimeOffset EndsAt, string? Location);
