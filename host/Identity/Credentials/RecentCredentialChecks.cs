using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Identity.Credentials;

/// <summary>
/// The bearer tokens' credentials (user, security stamp, token family) found good in the last
/// <see cref="SecurityStampValidatorOptions.ValidationInterval"/>, so that a burst of API calls reads the account once.
/// Revocations made here (sign-out everywhere, a reused refresh token) forget the user at once.
/// </summary>
internal sealed class RecentCredentialChecks(TimeProvider clock, IOptions<SecurityStampValidatorOptions> options)
{
    /// <summary>Past this many entries, the stale ones are dropped before adding another.</summary>
    private const int PruneAbove = 4096;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _checkedAt = new(StringComparer.Ordinal);

    /// <summary>Answers whether these credentials were found good recently enough to be trusted again.</summary>
    public bool IsFresh(string userId, string securityStamp, string familyId) =>
        _checkedAt.TryGetValue(Key(userId, securityStamp, familyId), out var at) && clock.GetUtcNow() - at < options.Value.ValidationInterval;

    /// <summary>Records that these credentials were just found good.</summary>
    public void Remember(string userId, string securityStamp, string familyId)
    {
        var now = clock.GetUtcNow();
        if (_checkedAt.Count >= PruneAbove)
        {
            foreach (var (key, at) in _checkedAt)
            {
                if (now - at >= options.Value.ValidationInterval)
                {
                    _checkedAt.TryRemove(key, out _);
                }
            }
        }

        _checkedAt[Key(userId, securityStamp, familyId)] = now;
    }

    /// <summary>Forgets every check of a user's credentials: the next request reads the account.</summary>
    public void Forget(string userId)
    {
        var prefix = userId + "\n";
        foreach (var key in _checkedAt.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            _checkedAt.TryRemove(key, out _);
        }
    }

    private static string Key(string userId, string securityStamp, string familyId) => $"{userId}\n{securityStamp}\n{familyId}";
}
