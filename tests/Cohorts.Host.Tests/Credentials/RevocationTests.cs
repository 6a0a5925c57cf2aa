using System.Net;
using Cohorts.Host.Identity;
using Cohorts.Host.Identity.Credentials;
using Cohorts.Host.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Host.Tests.Credentials;

/// <summary>
/// Cookies and tokens end when the account says so: sign-out everywhere, a new password, a locked or deleted account.
/// Bearer tokens are checked at most <see cref="CredentialLimits.RevocationDelay"/> apart; the fake clock moves past it.
/// </summary>
public sealed class RevocationTests : IAsyncLifetime
{
    private static readonly TimeSpan PastTheDelay = CredentialLimits.RevocationDelay + TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero));
    private readonly CohortsHostFactory _factory;

    public RevocationTests() => _factory = new CohortsHostFactory(clock: _clock);

    [Fact]
    public async Task SignOutEverywhere_BearerAndRefreshTokens_AreRefusedAtOnce()
    {
        const string email = "signout@cohorts.test";
        await _factory.CreateUserAsync(email, CohortsRoles.Coach);
        var tokens = await ApiSignIn.TokenAsync(_factory, email);
        var other = await ApiSignIn.TokenAsync(_factory, email); // another device
        Assert.Equal(HttpStatusCode.OK, await ApiSignIn.MeAsync(_factory, other.Access));

        Assert.Equal(HttpStatusCode.NoContent, await ApiSignIn.SignOutEverywhereAsync(_factory, tokens.Access));

        Assert.Equal(HttpStatusCode.Unauthorized, await ApiSignIn.MeAsync(_factory, tokens.Access));
        Assert.Equal(HttpStatusCode.Unauthorized, await ApiSignIn.MeAsync(_factory, other.Access));
        using var client = _factory.CreateClient();
        using var refresh = await ApiSignIn.RefreshAsync(client, other.Refresh);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task SignOutEverywhere_Cookie_IsRefusedAfterTheValidationInterval()
    {
        const string email = "cookie@cohorts.test";
        await _factory.CreateUserAsync(email, CohortsRoles.Coach);
        using var page = await _factory.CreatePageClientAsync(email);
        using (var before = await page.GetAsync("/api/me"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var tokens = await ApiSignIn.TokenAsync(_factory, email);
        Assert.Equal(HttpStatusCode.NoContent, await ApiSignIn.SignOutEverywhereAsync(_factory, tokens.Access));
        _clock.Advance(PastTheDelay);

        using var after = await page.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task PasswordChange_BearerAndRefreshTokens_AreRefusedAfterTheValidationInterval()
    {
        const string email = "password@cohorts.test";
        await _factory.CreateUserAsync(email, CohortsRoles.Coach);
        var tokens = await ApiSignIn.TokenAsync(_factory, email);
        Assert.Equal(HttpStatusCode.OK, await ApiSignIn.MeAsync(_factory, tokens.Access));

        await WithUserAsync(email, async (users, user) =>
            Assert.True((await users.ChangePasswordAsync(user, TestAccounts.Password, "Another-password-2026")).Succeeded));
        _clock.Advance(PastTheDelay);

        Assert.Equal(HttpStatusCode.Unauthorized, await ApiSignIn.MeAsync(_factory, tokens.Access));
        using var client = _factory.CreateClient();
        using var refresh = await ApiSignIn.RefreshAsync(client, tokens.Refresh);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await ApiSignIn.MeAsync(_factory, (await ApiSignIn.TokenAsync(_factory, email, "Another-password-2026")).Access));
    }

    [Fact]
    public async Task AccountDisabled_BearerAndRefreshTokens_AreRefusedAfterTheValidationInterval()
    {
        const string email = "disabled@cohorts.test";
        await _factory.CreateUserAsync(email, CohortsRoles.Coach);
        var tokens = await ApiSignIn.TokenAsync(_factory, email);
        Assert.Equal(HttpStatusCode.OK, await ApiSignIn.MeAsync(_factory, tokens.Access));

        await WithUserAsync(email, async (users, user) =>
        {
            Assert.True((await users.SetLockoutEnabledAsync(user, true)).Succeeded);
            Assert.True((await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue)).Succeeded);
        });
        _clock.Advance(PastTheDelay);

        Assert.Equal(HttpStatusCode.Unauthorized, await ApiSignIn.MeAsync(_factory, tokens.Access));
        using var client = _factory.CreateClient();
        using var refresh = await ApiSignIn.RefreshAsync(client, tokens.Refresh);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task AccountDeleted_BearerToken_IsRefusedAfterTheValidationInterval()
    {
        const string email = "deleted@cohorts.test";
        await _factory.CreateUserAsync(email, CohortsRoles.Coach);
        var tokens = await ApiSignIn.TokenAsync(_factory, email);
        Assert.Equal(HttpStatusCode.OK, await ApiSignIn.MeAsync(_factory, tokens.Access));

        await WithUserAsync(email, async (users, user) => Assert.True((await users.DeleteAsync(user)).Succeeded));
        _clock.Advance(PastTheDelay);

        Assert.Equal(HttpStatusCode.Unauthorized, await ApiSignIn.MeAsync(_factory, tokens.Access));
        using var client = _factory.CreateClient();
        using var refresh = await ApiSignIn.RefreshAsync(client, tokens.Refresh);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    public Task InitializeAsync()
    {
        _ = _factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task WithUserAsync(string email, Func<UserManager<CohortsUser>, CohortsUser, Task> change)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>();
        await change(users, (await users.FindByEmailAsync(email))!);
    }
}
