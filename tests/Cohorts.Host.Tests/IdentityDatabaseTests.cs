using Cohorts.Host.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests;

public sealed class IdentityDatabaseTests : IAsyncLifetime
{
    private readonly CohortsHostFactory _factory = new();

    [Fact]
    public async Task HasPendingModelChanges_CheckedInMigrations_MatchTheModel()
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<CohortsIdentityDbContext>>().CreateDbContextAsync();

        Assert.False(db.Database.HasPendingModelChanges(), "The Identity model changed without a migration: see host/Identity/Migrations/README.md.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Start_EmptyDatabase_CreatesTheFiveRolesAndNoDemoAccountWhenTheDemoIsOff()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>();

        Assert.Equal(["administrator", "coach", "evaluator", "funder", "manager"], await roles.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync());
        Assert.Empty(await users.Users.ToListAsync());
    }

    [Fact]
    public async Task Restart_SameFiles_KeepsUsersAndDoesNotAddTheDemoTwice()
    {
        using var files = new HostFiles();
        var demo = new Dictionary<string, string?> { ["Cohorts:Demo:Enabled"] = "true", ["Cohorts:Demo:MonthsIn"] = "1" };
        int usersFirst;
        await using (var first = new CohortsHostFactory(files, settings: demo))
        {
            await using var scope = first.Services.CreateAsyncScope();
            usersFirst = await scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>().Users.CountAsync();
        }

        await using var second = new CohortsHostFactory(files, settings: demo);
        await using var again = second.Services.CreateAsyncScope();

        Assert.Equal(6, usersFirst);
        Assert.Equal(6, await again.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>().Users.CountAsync());
        Assert.Equal(Cohorts.Host.Demo.DemoScripts.Count, (await again.ServiceProvider.GetRequiredService<Cohorts.Workflows.Services.ProgrammeService>().ListAsync()).Count);
    }

    public Task InitializeAsync()
    {
        _ = _factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
