using System.Net;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Host.Tests.Credentials;

/// <summary>Refresh tokens rotate: each works once; one used again revokes its whole family.</summary>
public sealed class RefreshTokenTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero));
    private readonly CohortsHostFactory _factory;

    public RefreshTokenTests() => _factory = new CohortsHostFactory(clock: _clock);

    [Fact]
    public async Task Refresh_EachToken_GivesNewTokensOnce()
    {
        const string email = "rotate@cohorts.test";
        await _factory.CreateUserAsync(email, CohortsRoles.Coach);
        var first = await ApiSignIn.TokenAsync(_factory, email);
        using var client = _factory.CreateClient();

        using var refreshed = await ApiSignIn.RefreshAsync(client, first.Refresh);
        var second = await ApiSignIn.ReadAsync(refreshed);
        using var again = await ApiSignIn.RefreshAsync(client, second.Refresh);

        Assert.NotEqual(first.Refresh, second.Refresh);
        Assert.Equal(HttpStatusCode.OK, await ApiSignIn.MeAsync(_factory, second.Access));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Refresh_TokenUsedTwice_FailsAndRevokesItsFamilyButNotOtherSignIns()
    {
        const string email = "reuse@cohorts.test";
        await _factory.CreateUserAsync(email, CohortsRoles.Coach);
        var first = await ApiSignIn.TokenAsync(_factory, email);
        var otherDevice = await ApiSignIn.TokenAsync(_factory, email);
        using var client = _factory.CreateClient();
        using var refreshed = await ApiSignIn.RefreshAsync(client, first.Refresh);
        var newer = await ApiSignIn.ReadAsync(refreshed);
        Assert.Equal(HttpStatusCode.OK, await ApiSignIn.MeAsync(_factory, newer.Access));

        using var reused = await ApiSignIn.RefreshAsync(client, first.Refresh);

        Assert.Equal(HttpStatusCode.Unauthorized, reused.StatusCode);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType?.MediaType);
        using var newerRefresh = await ApiSignIn.RefreshAsync(client, newer.Refresh);
        Assert.Equal(HttpStatusCode.Unauthorized, newerRefresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await ApiSignIn.MeAsync(_factory, newer.Access));
        Assert.Equal(HttpStatusCode.Unauthorized, await ApiSignIn.MeAsync(_factory, first.Access));
        Assert.Equal(HttpStatusCode.OK, await ApiSignIn.MeAsync(_factory, otherDevice.Access));
        using var otherRefresh = await ApiSignIn.RefreshAsync(client, otherDevice.Refresh);
        Assert.Equal(HttpStatusCode.OK, otherRefresh.StatusCode);
    }

    [Fact]
    public async Task Refresh_AfterItsLifetime_IsRefused()
    {
        const string email = "expired@cohorts.test";
        await _factory.CreateUserAsync(email, CohortsRoles.Coach);
        var tokens = await ApiSignIn.TokenAsync(_factory, email);
        using var client = _factory.CreateClient();

        _clock.Advance(Identity.Credentials.CredentialLimits.RefreshTokenLifetime);
        using var refresh = await ApiSignIn.RefreshAsync(client, tokens.Refresh);

        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task Access_AfterItsLifetime_IsRefusedUntilRefreshed()
    {
        const string email = "access-expiry@cohorts.test";
        await _factory.CreateUserAsync(email, CohortsRoles.Coach);
        var tokens = await ApiSignIn.TokenAsync(_factory, email);
        using var client = _factory.CreateClient();
        var lifetime = Identity.Credentials.CredentialLimits.AccessTokenLifetime;

        _clock.Advance(lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, await ApiSignIn.MeAsync(_factory, tokens.Access));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Unauthorized, await ApiSignIn.MeAsync(_factory, tokens.Access));

        using var refreshed = await ApiSignIn.RefreshAsync(client, tokens.Refresh);
        Assert.Equal(HttpStatusCode.OK, await ApiSignIn.MeAsync(_factory, (await ApiSignIn.ReadAsync(refreshed)).Access));
    }

    [Fact]
    public async Task Token_RefreshTokens_AreStoredHashedOnly()
    {
        const string email = "hashed@cohorts.test";
        await _factory.CreateUserAsync(email, CohortsRoles.Coach);
        var tokens = await ApiSignIn.TokenAsync(_factory, email);

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<CohortsIdentityDbContext>>().CreateDbContextAsync();
        var stored = await db.RefreshTokens.Select(t => t.TokenHash).ToListAsync();

        Assert.NotEmpty(stored);
        Assert.DoesNotContain(tokens.Refresh, stored);
        Assert.All(stored, hash => Assert.Equal(64, hash.Length));
    }

    public Task InitializeAsync()
    {
        _ = _factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
