using System.Security.Claims;
using Cohorts.Host.Identity.Credentials;
using Cohorts.Host.Memory;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Host.Tests.Credentials;

/// <summary>The bearer tokens kept once read: read once while they last, never kept when unreadable or expired.</summary>
public sealed class BearerTicketsTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly CountingProtector _protector = new();

    [Fact]
    public void Read_SameTokenTwice_DecryptsOnceAndGivesTheSameTicket()
    {
        var tickets = new BearerTickets(_clock);
        _protector.Tickets["good"] = Ticket(Now.AddMinutes(30));

        var first = tickets.Read("good", _protector);
        var second = tickets.Read("good", _protector);

        Assert.Same(first, second);
        Assert.Equal(1, _protector.Reads);
    }

    [Fact]
    public void Read_UnreadableOrExpiredToken_IsReadAgainEachTime()
    {
        var tickets = new BearerTickets(_clock);
        _protector.Tickets["old"] = Ticket(Now);

        Assert.Null(tickets.Read("forged", _protector));
        Assert.Null(tickets.Read("forged", _protector));
        Assert.NotNull(tickets.Read("old", _protector));
        Assert.NotNull(tickets.Read("old", _protector));

        Assert.Equal(4, _protector.Reads);
        Assert.Equal(0, tickets.Count);
    }

    [Fact]
    public void Release_DropsTheTokensExpiredSince()
    {
        var tickets = new BearerTickets(_clock);
        _protector.Tickets["short"] = Ticket(Now.AddMinutes(5));
        _protector.Tickets["long"] = Ticket(Now.AddMinutes(30));
        tickets.Read("short", _protector);
        tickets.Read("long", _protector);

        _clock.Advance(TimeSpan.FromMinutes(10));
        ((IReleasableMemory)tickets).Release();

        Assert.Equal(1, tickets.Count);
        tickets.Read("long", _protector);
        Assert.Equal(2, _protector.Reads);
    }

    private static AuthenticationTicket Ticket(DateTimeOffset expires) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone")], "test")), new AuthenticationProperties { ExpiresUtc = expires }, "test");

    private sealed class CountingProtector : ISecureDataFormat<AuthenticationTicket>
    {
        public Dictionary<string, AuthenticationTicket> Tickets { get; } = new(StringComparer.Ordinal);

        public int Reads { get; private set; }

        public string Protect(AuthenticationTicket data) => throw new NotSupportedException();

        public string Protect(AuthenticationTicket data, string? purpose) => throw new NotSupportedException();

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Reads++;
            return protectedText is not null && Tickets.TryGetValue(protectedText, out var ticket) ? ticket : null;
        }
    }
}
