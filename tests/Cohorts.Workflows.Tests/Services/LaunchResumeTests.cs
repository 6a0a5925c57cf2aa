using Cohorts.Engine.Activities;
using Cohorts.Engine.Persistence;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Services;

/// <summary>A launch is all or nothing for its instances: a caller going away does not stop it, a crash is completed later.</summary>
public sealed class LaunchResumeTests
{
    private static Activity[] Journey => [new Intake(), new WaitForSignal { Signal = "never" }];

    private static Activity[] CohortEvents => [new WaitForSignal { Signal = "never" }];

    [Fact]
    public async Task LaunchAsync_CallerCancelsAfterTheFirstInstance_StartsEveryInstanceAnyway()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(InterruptingInstanceStore.Decorate);
        await Seed.AddProgrammeAsync(harness, Journey, CohortEvents);
        var cohortId = await harness.Launcher.CreateAsync(Seed.Plan());
        using var request = new CancellationTokenSource();
        harness.Get<InterruptingInstanceStore>().AfterCommit = _ => request.Cancel();

        var launch = await harness.Launcher.LaunchAsync(cohortId, cancellationToken: request.Token);

        Assert.True(request.IsCancellationRequested);
        await AssertEveryInstanceOnceAsync(harness, cohortId, launch.CompanyInstanceIds.Count + 1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task ResumeLaunchesAsync_LaunchInterruptedAfterNInstances_StartsTheRestOnce(int started)
    {
        await using var harness = await WorkflowsHarness.CreateAsync(InterruptingInstanceStore.Decorate);
        var store = harness.Get<InterruptingInstanceStore>();
        await Seed.AddProgrammeAsync(harness, Journey, CohortEvents);
        var cohortId = await harness.Launcher.CreateAsync(Seed.Plan());
        store.FailAfter = started;
        await Assert.ThrowsAsync<IOException>(() => harness.Launcher.LaunchAsync(cohortId));
        Assert.Equal(started, (await harness.InstanceStore.ListAsync(new InstanceQuery(), CancellationToken.None)).Count);
        Assert.NotNull((await harness.CohortQueries.GetCohortAsync(cohortId)).LaunchedAt);
        store.FailAfter = null;

        var resumed = await harness.Launcher.ResumeLaunchesAsync();
        var again = await harness.Launcher.ResumeLaunchesAsync();

        Assert.Equal([cohortId], resumed);
        Assert.Empty(again);
        await AssertEveryInstanceOnceAsync(harness, cohortId, 4);
    }

    [Fact]
    public async Task ResumeLaunchesAsync_WithoutCohortWideInstance_LooksAtTheLastCompany()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(InterruptingInstanceStore.Decorate);
        var store = harness.Get<InterruptingInstanceStore>();
        await Seed.AddProgrammeAsync(harness, Journey);
        var cohortId = await harness.Launcher.CreateAsync(Seed.Plan());
        store.FailAfter = 2;
        await Assert.ThrowsAsync<IOException>(() => harness.Launcher.LaunchAsync(cohortId));
        store.FailAfter = null;

        Assert.Equal([cohortId], await harness.Launcher.ResumeLaunchesAsync());

        await AssertEveryInstanceOnceAsync(harness, cohortId, 3);
    }

    [Fact]
    public async Task ResumeLaunchesAsync_CreatedWithItsLaunchThenStopped_LaunchesItAtTheNextStart()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(harness, Journey, CohortEvents);

        // The process stops right after the cohort's creation, before its instances are started.
        var cohortId = await harness.Launcher.CreateAsync(Seed.Plan(), "manager@example.org", launch: true);
        Assert.Empty(await harness.InstanceStore.ListAsync(new InstanceQuery(), CancellationToken.None));
        Assert.NotNull((await harness.CohortQueries.GetCohortAsync(cohortId)).LaunchedAt);

        Assert.Equal([cohortId], await harness.Launcher.ResumeLaunchesAsync());
        Assert.Empty(await harness.Launcher.ResumeLaunchesAsync());
        await AssertEveryInstanceOnceAsync(harness, cohortId, 4);
    }

    [Fact]
    public async Task ResumeLaunchAsync_CohortNotLaunched_StartsNothing()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await Seed.AddProgrammeAsync(harness, Journey, CohortEvents);
        var cohortId = await harness.Launcher.CreateAsync(Seed.Plan());

        Assert.False(await harness.Launcher.ResumeLaunchAsync(cohortId));
        Assert.Empty(await harness.Launcher.ResumeLaunchesAsync());

        Assert.Empty(await harness.InstanceStore.ListAsync(new InstanceQuery(), CancellationToken.None));
        Assert.Null((await harness.CohortQueries.GetCohortAsync(cohortId)).LaunchedAt);
    }

    private static async Task AssertEveryInstanceOnceAsync(WorkflowsHarness harness, Guid cohortId, int expected)
    {
        var cohort = await Seed.ReadAsync(harness, cohortId);
        var all = await harness.InstanceStore.ListAsync(new InstanceQuery(), CancellationToken.None);
        Assert.Equal(expected, all.Count);
        Assert.Equal(all.Count, all.Select(i => i.Id).Distinct().Count());
        foreach (var company in cohort.Companies)
        {
            Assert.Equal(company.Id, company.InstanceId);
            Assert.Contains(all, i => i.Id == company.Id);
        }
    }
}
