using Cohorts.Host.Demo;
using Cohorts.Host.Identity;
using Cohorts.Host.Programmes;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Tests.Demo;

/// <summary>
/// A first start stopped while it adds the demo data (a newcomer's Ctrl-C, a kill) leaves part of it; the next start
/// adds the rest once, and leaves alone a database where people have made anything of their own.
/// </summary>
public sealed class DemoResumeTests
{
    private static readonly Dictionary<string, string?> DemoOn = new() { ["Cohorts:Demo:Enabled"] = "true", ["Cohorts:Demo:MonthsIn"] = "1" };

    [Fact]
    public async Task Start_FirstStartStoppedAfterOneDemoProgramme_AddsTheOthersOnceAndEveryAccountHasItsRole()
    {
        using var files = new HostFiles();
        await StopAfterFirstDemoProgrammeAsync(files);

        await using var second = new CohortsHostFactory(files, settings: DemoOn);
        await using var scope = second.Services.CreateAsyncScope();

        var names = (await scope.ServiceProvider.GetRequiredService<ProgrammeService>().ListAsync()).Select(p => p.Name).ToList();
        Assert.Equal(DemoScripts.Count, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>();
        foreach (var account in DemoData.Accounts)
        {
            var user = await users.FindByEmailAsync(account.Email);
            Assert.True(user is not null && await users.IsInRoleAsync(user, account.Role), $"{account.Email} lacks its account or its role.");
        }

        // The demo manager manages every demo programme, the first (made before the stop) included.
        await using var identity = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<CohortsIdentityDbContext>>().CreateDbContextAsync();
        var manager = await users.FindByEmailAsync(DemoCohorts.ManagerEmail);
        Assert.Equal(DemoScripts.Count, await identity.ProgrammeManagers.CountAsync(m => m.UserId == manager!.Id));
    }

    [Fact]
    public async Task Start_StoppedAfterAProgrammeNamedWithTheStraightApostropheOfAnEarlierVersion_AddsTheOthersNotItAgain()
    {
        using var files = new HostFiles();
        await using (var first = new CohortsHostFactory(files))
        {
            var demo = ActivatorUtilities.CreateInstance<DemoData>(first.Services, Options.Create(new DemoOptions { Enabled = true, MonthsIn = 1 }));
            var semaine = DemoScripts.Create().Single(s => s is SemaineDemo);
            await demo.SeedAsync([semaine], [], CancellationToken.None);
            await using var domain = await first.Services.GetRequiredService<IDbContextFactory<Workflows.Persistence.CohortsDbContext>>().CreateDbContextAsync();
            Assert.Equal(1, await domain.Database.ExecuteSqlRawAsync("UPDATE Programmes SET Name = replace(Name, '’', '''')"));
        }

        await using var second = new CohortsHostFactory(files, settings: DemoOn);
        await using var scope = second.Services.CreateAsyncScope();

        var names = (await scope.ServiceProvider.GetRequiredService<ProgrammeService>().ListAsync()).Select(p => p.Name).ToList();
        Assert.Equal(DemoScripts.Count, names.Count);
        Assert.Contains("Semaine de l'Innovation", names);
        Assert.Contains("Tournée de l’innovation", names);
    }

    [Fact]
    public async Task Start_StoppedBetweenAProgrammeAndItsCohort_PlaysTheCohortOfThatProgrammeToo()
    {
        using var files = new HostFiles();
        await using (var first = new CohortsHostFactory(files))
        {
            var demo = ActivatorUtilities.CreateInstance<DemoData>(first.Services, Options.Create(new DemoOptions { Enabled = true, MonthsIn = 1 }));
            await demo.SeedAsync([DemoScripts.Create()[0]], [], CancellationToken.None);
            await using var scope = first.Services.CreateAsyncScope();
            var manager = await scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>().FindByEmailAsync(DemoCohorts.ManagerEmail);
            var second = DemoScripts.Create()[1];
            await first.Services.GetRequiredService<ProgrammeInstaller>().InstallTemplateAsync(second.TemplateId, manager!.Id);
        }

        await using var restarted = new CohortsHostFactory(files, settings: DemoOn);
        await using var domain = await restarted.Services.GetRequiredService<IDbContextFactory<Workflows.Persistence.CohortsDbContext>>().CreateDbContextAsync();

        var programmes = await domain.Programmes.AsNoTracking().Select(p => p.Id).ToListAsync();
        var cohorts = await domain.Cohorts.AsNoTracking().GroupBy(c => c.ProgrammeId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(DemoScripts.Count, programmes.Count);
        Assert.Equal(programmes.Order(StringComparer.Ordinal), cohorts.Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.All(cohorts, c => Assert.Equal(1, c.Count));
    }

    [Fact]
    public async Task Start_UnfinishedDemoBesideAProgrammeOfItsOwn_AddsNothing()
    {
        using var files = new HostFiles();
        await StopAfterFirstDemoProgrammeAsync(files, addOwnProgramme: true);

        await using var second = new CohortsHostFactory(files, settings: DemoOn);
        await using var scope = second.Services.CreateAsyncScope();

        Assert.Equal(2, (await scope.ServiceProvider.GetRequiredService<ProgrammeService>().ListAsync()).Count);
    }

    /// <summary>What a first start stopped part-way leaves: the accounts and the first demo programme with its cohort.</summary>
    private static async Task StopAfterFirstDemoProgrammeAsync(HostFiles files, bool addOwnProgramme = false)
    {
        await using var first = new CohortsHostFactory(files);
        var demo = ActivatorUtilities.CreateInstance<DemoData>(first.Services, Options.Create(new DemoOptions { Enabled = true, MonthsIn = 1 }));
        await demo.SeedAsync([DemoScripts.Create()[0]], [], CancellationToken.None);
        if (addOwnProgramme)
        {
            await using var scope = first.Services.CreateAsyncScope();
            var manager = await scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>().FindByEmailAsync(DemoCohorts.ManagerEmail);
            await first.Services.GetRequiredService<ProgrammeInstaller>().CreateAsync(new NewProgramme("Notre programme", DurationMonths: 12), manager!.Id);
        }
    }
}
