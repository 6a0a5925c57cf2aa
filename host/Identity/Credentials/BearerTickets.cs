using System.Collections.Concurrent;
using Cohorts.Host.Memory;
using Microsoft.AspNetCore.Authentication;

namespace Cohorts.Host.Identity.Credentials;

/// <summary>
/// The bearer tokens read in this process, each kept with what it says until it expires, so that a client's burst of
/// API calls decrypts and deserializes its token once (about a tenth of a dashboard read's CPU). A token is the
/// installation's encrypted, authenticated ticket: the same text always says the same thing, so what is kept is what
/// reading the text again would give. Whether the token still stands (account, security stamp, revoked family) is
/// checked on every request after it (<see cref="BearerTokenCheck"/>), and an expired ticket is refused there.
/// </summary>
/// <remarks>
/// The ticket's principal becomes the request's user, shared by the requests that send the same token: nothing in the
/// host changes a signed-in user's claims (there is no claims transformation).
/// </remarks>
internal sealed class BearerTickets(TimeProvider clock) : IReleasableMemory
{
    /// <summary>The most tokens kept; past it, the expired ones are dropped, then all if that is not enough.</summary>
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, AuthenticationTicket> _tickets = new(StringComparer.Ordinal);

    /// <summary>Gets how many tokens are kept.</summary>
    internal int Count => _tickets.Count;

    /// <summary>Reads a token: what it says, or null when it cannot be read (the handler refuses it).</summary>
    public AuthenticationTicket? Read(string token, ISecureDataFormat<AuthenticationTicket> protector)
    {
        ArgumentNullException.ThrowIfNull(protector);
        if (_tickets.TryGetValue(token, out var kept))
        {
            return kept;
        }

        var ticket = protector.Unprotect(token);
        if (ticket?.Properties.ExpiresUtc is { } expires && clock.GetUtcNow() < expires)
        {
            if (_tickets.Count >= MaxEntries)
            {
                DropExpired();
                if (_tickets.Count >= MaxEntries)
                {
                    _tickets.Clear();
                }
            }

            _tickets[token] = ticket;
        }

        return ticket;
    }

    /// <inheritdoc />
    void IReleasableMemory.Release() => DropExpired();

    private void DropExpired()
    {
        var now = clock.GetUtcNow();
        foreach (var (token, ticket) in _tickets)
        {
            if (ticket.Properties.ExpiresUtc is not { } expires || now >= expires)
            {
                _tickets.TryRemove(new KeyValuePair<string, AuthenticationTicket>(token, ticket));
            }
        }
    }
}
