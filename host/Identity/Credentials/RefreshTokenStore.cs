using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Identity.Credentials;

/// <summary>
/// The API's refresh tokens: random, given once, stored as their SHA-256 hash with their family (one sign-in and
/// every token rotated from it). Each is used once; one used again (stolen, or replayed) revokes its whole family,
/// so that neither the thief nor the owner can go on without signing in again.
/// </summary>
internal sealed class RefreshTokenStore(
    IDbContextFactory<CohortsIdentityDbContext> contexts,
    SqliteWriteGate writeGate,
    TimeProvider clock,
    RecentCredentialChecks recent,
    ILogger<RefreshTokenStore> logger)
{
    /// <summary>Gives a new refresh token in a family; drops the user's expired ones.</summary>
    public async Task<string> IssueAsync(string userId, string securityStamp, Guid familyId, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        using var writeLock = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.RefreshTokens.Where(t => t.UserId == userId && t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        db.RefreshTokens.Add(new StoredRefreshToken
        {
            TokenHash = Hash(token),
            FamilyId = familyId,
            UserId = userId,
            SecurityStamp = securityStamp,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>
    /// Uses a refresh token: answers whose it is the first time; null when unknown, expired, revoked or used before,
    /// and in the last two cases revokes its family.
    /// </summary>
    public async Task<RefreshRedemption?> RedeemAsync(string token, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        var now = clock.GetUtcNow();
        using var writeLock = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (stored is null || stored.ExpiresAt <= now)
        {
            return null;
        }

        // The condition is in the update, so that of two uses at once only one wins.
        var used = await db.RefreshTokens
            .Where(t => t.TokenHash == hash && t.UsedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (used == 1)
        {
            return new RefreshRedemption(stored.UserId, stored.SecurityStamp, stored.FamilyId);
        }

        await db.RefreshTokens
            .Where(t => t.FamilyId == stored.FamilyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
        recent.Forget(stored.UserId);
        CredentialsLog.RefreshTokenReused(logger, stored.UserId, stored.FamilyId);
        return null;
    }

    /// <summary>Answers whether a family was revoked (its bearer tokens are refused too).</summary>
    public async Task<bool> IsFamilyRevokedAsync(Guid familyId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.RefreshTokens.AnyAsync(t => t.FamilyId == familyId && t.RevokedAt != null, cancellationToken);
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
