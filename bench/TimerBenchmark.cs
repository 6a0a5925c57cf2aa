using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;

namespace Cohorts.Bench;

/// <summary>
/// Due timers fired per second: instances wait on a one-day Delay, the clock moves two days on, and one
/// TriggerDueTimersAsync call (as the scheduler makes) resumes them all, each completing its instance. Measured in
/// rounds of one block (starting the block is not measured; firing it is).
/// </summary>
internal static class TimerBenchmark
{
    public static async Task<Rate> RunAsync(string databasePath, BenchSizes sizes, BenchClock clock)
    {
        await using var engine = await BenchEngine.StartAsync(databasePath, clock);
        await engine.PublishAsync(BenchWorkflows.CoolOff());
        await FireAsync(engine, clock, sizes.WarmUp, new Rate());

        var rate = new Rate();
        for (var fired = 0; fired < sizes.Timers; fired += sizes.Block)
        {
            await FireAsync(engine, clock, Math.Min(sizes.Block, sizes.Timers - fired), rate);
        }

        return rate;
    }

    private static async Task FireAsync(BenchEngine engine, BenchClock clock, int count, Rate rate)
    {
        for (var i = 0; i < count; i++)
        {
            var started = await engine.Runtime.StartAsync(BenchWorkflows.CoolOffId);
            if (started.Status != WorkflowStatus.Suspended || started.Bookmarks is not [{ Kind: BookmarkKind.Timer }])
            {
                throw new InvalidOperationException($"Instance {started.InstanceId} is {started.Status} and does not wait on one timer.");
            }
        }

        clock.Advance(TimeSpan.FromDays(2));
        await rate.MeasureAsync(count, async () =>
        {
            var fired = await engine.Runtime.TriggerDueTimersAsync();
            if (fired != count)
            {
                throw new InvalidOperationException($"{fired} timers fired; {count} were due.");
            }
        });
    }
}
