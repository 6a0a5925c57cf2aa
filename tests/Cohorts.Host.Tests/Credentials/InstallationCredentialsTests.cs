using System.Net;
using System.Security.Cryptography;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Tests.Credentials;

/// <summary>Credentials belong to their installation: its database holds the keys and names the application.</summary>
public sealed class InstallationCredentialsTests
{
    private const string Email = "same.person@cohorts.test";

    [Fact]
    public async Task Token_FromAnotherInstallationOnTheSameMachine_IsRefused()
    {
        await using var a = new CohortsHostFactory();
        await using var b = new CohortsHostFactory();
        await a.CreateUserAsync(Email, CohortsRoles.Coach);
        await b.CreateUserAsync(Email, CohortsRoles.Coach);
        var fromA = await ApiSignIn.TokenAsync(a, Email);
        var fromB = await ApiSignIn.TokenAsync(b, Email);

        Assert.Equal(HttpStatusCode.OK, await ApiSignIn.MeAsync(a, fromA.Access));
        Assert.Equal(HttpStatusCode.Unauthorized, await ApiSignIn.MeAsync(b, fromA.Access));
        Assert.Equal(HttpStatusCode.Unauthorized, await ApiSignIn.MeAsync(a, fromB.Access));
        using var client = b.CreateClient();
        using var refresh = await ApiSignIn.RefreshAsync(client, fromA.Refresh);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task DataProtection_TwoInstallations_HaveTheirOwnKeysAndApplicationNames()
    {
        await using var a = new CohortsHostFactory();
        await using var b = new CohortsHostFactory();
        _ = a.Server;
        _ = b.Server;
        const string purpose = "Microsoft.AspNetCore.Authentication.BearerToken";
        var protectedByA = a.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Protect("secret");

        Assert.Equal("secret", a.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Unprotect(protectedByA));
        Assert.ThrowsAny<CryptographicException>(() => b.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Unprotect(protectedByA));
        Assert.NotEqual(ApplicationName(a), ApplicationName(b));
        Assert.StartsWith("Cohorts/", ApplicationName(a), StringComparison.Ordinal);
        Assert.NotEmpty(await KeysAsync(a));
    }

    [Fact]
    public async Task Token_SameInstallationRestarted_IsStillAccepted()
    {
        using var files = new HostFiles();
        ApiSignIn.Tokens tokens;
        string applicationName;
        await using (var first = new CohortsHostFactory(files))
        {
            await first.CreateUserAsync(Email, CohortsRoles.Coach);
            tokens = await ApiSignIn.TokenAsync(first, Email);
            applicationName = ApplicationName(first);
        }

        await using var second = new CohortsHostFactory(files);

        Assert.Equal(HttpStatusCode.OK, await ApiSignIn.MeAsync(second, tokens.Access));
        Assert.Equal(applicationName, ApplicationName(second));
        using var client = second.CreateClient();
        using var refresh = await ApiSignIn.RefreshAsync(client, tokens.Refresh);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
    }

    [Fact]
    public async Task Token_AfterTheDatabaseIsReset_IsRefused()
    {
        using var files = new HostFiles();
        ApiSignIn.Tokens tokens;
        string protectedBefore;
        await using (var before = new CohortsHostFactory(files))
        {
            await before.CreateUserAsync(Email, CohortsRoles.Coach);
            tokens = await ApiSignIn.TokenAsync(before, Email);
            protectedBefore = before.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("secret");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(files.Folder, "cohorts.db*"))
        {
            File.Delete(file);
        }

        await using var after = new CohortsHostFactory(files);
        await after.CreateUserAsync(Email, CohortsRoles.Coach);

        Assert.Equal(HttpStatusCode.Unauthorized, await ApiSignIn.MeAsync(after, tokens.Access));
        Assert.ThrowsAny<CryptographicException>(() => after.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedBefore));
    }

    private static string ApplicationName(CohortsHostFactory factory) =>
        factory.Services.GetRequiredService<IOptions<DataProtectionOptions>>().Value.ApplicationDiscriminator!;

    private static async Task<List<string?>> KeysAsync(CohortsHostFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CohortsIdentityDbContext>>().CreateDbContextAsync();
        return await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
    }
}
