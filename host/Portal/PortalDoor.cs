using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Portal;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Portal;

/// <summary>
/// Opens the portal for a token: reads the link id it protects, finds the link, checks it is active now (the injected
/// clock), finds its company, and notes the use (at most once a minute). Unknown, tampered, revoked and expired tokens
/// each say so; nothing else is written.
/// </summary>
public sealed class PortalDoor(PortalTokens tokens, IDbContextFactory<CohortsDbContext> domain, PortalLinkService links, TimeProvider clock)
{
    /// <summary>Opens the portal for <paramref name="token"/>.</summary>
    public async Task<PortalEntry> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        var given = token ?? string.Empty;
        if (tokens.Read(token) is not { } linkId)
        {
            return new PortalEntry(PortalLinkState.Unknown, given, null, null);
        }

        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var link = await db.PortalLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (link is null)
        {
            return new PortalEntry(PortalLinkState.Unknown, given, null, null);
        }

        var now = clock.GetUtcNow();
        if (link.RevokedAt is not null)
        {
            return new PortalEntry(PortalLinkState.Revoked, given, link, null);
        }

        if (!link.IsActive(now))
        {
            return new PortalEntry(PortalLinkState.Expired, given, link, null);
        }

        var company = await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == link.CompanyId, cancellationToken);
        if (company is null)
        {
            return new PortalEntry(PortalLinkState.Unknown, given, null, null);
        }

        if (link.LastUsedAt is null || link.LastUsedAt < now - PortalLimits.LastUsedPrecision)
        {
            await links.TouchAsync(link.Id, cancellationToken);
        }

        return new PortalEntry(PortalLinkState.Open, given, link, company);
    }
}
