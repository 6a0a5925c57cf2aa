using Cohorts.Workflows.Portal;

namespace Cohorts.Host.Api.Portal;

/// <summary>A company's portal link as its managers see it (never its token: only the contact's e-mail carries it).</summary>
/// <param name="Id">The link's id.</param>
/// <param name="Email">Whom it was sent to.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="CreatedBy">Who made it.</param>
/// <param name="ExpiresAt">When it stops opening the portal.</param>
/// <param name="RevokedAt">When it was revoked, if it was.</param>
/// <param name="RevokedBy">Who revoked it, if anyone did.</param>
/// <param name="LastUsedAt">When it last opened the portal (to the minute).</param>
/// <param name="State"><c>active</c>, <c>revoked</c> or <c>expired</c>.</param>
public sealed record PortalLinkResponse(
    Guid Id,
    string Email,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy,
    DateTimeOffset? LastUsedAt,
    string State)
{
    /// <summary>The response for <paramref name="link"/> at <paramref name="now"/>.</summary>
    public static PortalLinkResponse Of(PortalLink link, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(link);
        var state = link.RevokedAt is not null ? "revoked" : link.IsActive(now) ? "active" : "expired";
        return new(link.Id, link.Email, link.CreatedAt, link.CreatedBy, link.ExpiresAt, link.RevokedAt, link.RevokedBy, link.LastUsedAt, state);
    }
}
