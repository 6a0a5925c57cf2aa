using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Portal;

/// <summary>Finds or makes a company contact's portal link inside the caller's transaction.</summary>
public static class PortalLinks
{
    /// <summary>How long an existing link must still last to be sent again rather than replaced.</summary>
    public static readonly TimeSpan MinimumRemaining = TimeSpan.FromDays(30);

    /// <summary>
    /// Returns the active link of <paramref name="companyId"/> for <paramref name="email"/> that lasts at least
    /// <see cref="MinimumRemaining"/> more, or adds a new one (saved with the caller's changes).
    /// </summary>
    public static async Task<PortalLink> EnsureAsync(CohortsDbContext db, Guid companyId, string email, DateTimeOffset now, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var address = email.Trim();
        var lastsUntil = now + MinimumRemaining;
        var existing = db.PortalLinks.Local.FirstOrDefault(l => l.CompanyId == companyId && l.Email == address && l.RevokedAt is null && l.ExpiresAt > lastsUntil)
            ?? await db.PortalLinks
                .Where(l => l.CompanyId == companyId && l.Email == address && l.RevokedAt == null && l.ExpiresAt > lastsUntil)
                .OrderByDescending(l => l.ExpiresAt)
                .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var link = new PortalLink(Guid.CreateVersion7(now), companyId, address, now, now + PortalLink.Lifetime, createdBy);
        db.PortalLinks.Add(link);
        return link;
    }
}
