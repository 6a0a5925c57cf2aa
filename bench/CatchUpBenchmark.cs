using System.Diagnostics;
using System.Globalization;
using Cohorts.Engine.DependencyInjection;
using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Persistence;
using Cohorts.Host.Scheduling;
using SchedulingOptions = Cohorts.Host.Scheduling.SchedulingOptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Cohorts.Bench;

/// <summary>
/// A restart after downtime: 1,000 instances each wait on a one-day Delay whose Quartz trigger exists, the host is down
/// for two days, then a host starts (the engine and the host's scheduling, with their hosted services, composed as the
/// host composes them, on SQLite files). Measured: its start, in which the catch-up fires the 1,000 overdue timers in
/// due order, each fire creating the instance's next timer (a week later), then removes the 1,000 stale triggers and
/// adds the 1,000 new timers' triggers, before Quartz starts. (That the catch-up also fires, in order, the timers its
/// fires create already overdue is tested in tests/Cohorts.Host.Tests/Scheduling/DueTimerTests.)
/// </summary>
internal static class CatchUpBenchmark
{
    private const int Overdue = 1_000;

    public static async Task<Figure> RunAsync(string folder, BenchClock clock)
    {
        var databasePath = Path.Combine(folder, "catch-up.db");
        var schedulerPath = Path.Combine(folder, "catch-up-scheduler.db");
        await using (var engine = await BenchEngine.StartAsync(databasePath, clock))
        {
            var definition = await engine.PublishAsync(BenchWorkflows.FollowUps());
            for (var i = 0; i < Overdue; i++)
            {
                await engine.Runtime.StartAsync(definition);
            }
        }

        // A first start gives the timers their triggers, as the commit observer did while the host ran.
        using (var first = Build(databasePath, schedulerPath, clock))
        {
            await first.StartAsync();
            await first.StopAsync();
        }

        clock.Advance(TimeSpan.FromDays(2));
        using var host = Build(databasePath, schedulerPath, clock);
        var watch = Stopwatch.StartNew();
        await host.StartAsync();
        var elapsed = watch.Elapsed;
        await CheckAsync(host.Services, clock);
        await host.StopAsync();
        return new Figure($"startup_catchup_ms_{Overdue}_overdue", elapsed.TotalMilliseconds, "ms");
    }

    private static IHost Build(string databasePath, string schedulerPath, TimeProvider clock)
    {
        // No defaults: no appsettings.json from the working folder, and no console log on the figures' output.
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{SchedulingOptions.SectionName}:{nameof(SchedulingOptions.DatabasePath)}"] = schedulerPath,
        });
        builder.Services
            .AddSingleton(clock)
            .AddCohortsEngineSqlite(options => options.DatabasePath = databasePath)
            .AddCohortsEngine()
            .AddCohortsScheduling(builder.Configuration);
        return builder.Build();
    }

    /// <summary>Every instance now waits on its next session, which has its trigger; nothing is due.</summary>
    private static async Task CheckAsync(IServiceProvider services, TimeProvider clock)
    {
        var store = services.GetRequiredService<IWorkflowInstanceStore>();
        var due = await store.FindDueTimersAsync(clock.GetUtcNow(), 1, CancellationToken.None);
        var waiting = await store.FindDueTimersAsync(DateTimeOffset.MaxValue, int.MaxValue, CancellationToken.None);
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var triggers = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(TimerTriggers.Group));
        if (due.Count > 0 || waiting.Count != Overdue || triggers.Count != Overdue || waiting.Any(t => t.ActivityId != "next-session"))
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"After the catch-up: {due.Count} timers due, {waiting.Count} waiting, {triggers.Count} triggers; expected 0, {Overdue} next sessions, {Overdue}."));
        }
    }
}
