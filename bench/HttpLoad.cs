using System.Diagnostics;

namespace Cohorts.Bench;

/// <summary>
/// Closed-loop load: <c>clients</c> concurrent clients, each sending its next request as soon as the previous answer
/// is read, for a while; every answer's latency is kept. A failed request (not 2xx) stops the run.
/// </summary>
internal static class HttpLoad
{
    /// <summary>The JIT time a warm second may still hold: 1 % of one core.</summary>
    private static readonly TimeSpan SettledJitPerSecond = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Runs the load unmeasured until the process's code is warm: at least <paramref name="least"/>, then one second at
    /// a time until two seconds in a row compiled less than <see cref="SettledJitPerSecond"/>, at most
    /// <paramref name="most"/>. Tiered compilation optimises a method after its first 30 calls, in a background thread,
    /// and the code the load runs meanwhile is the unoptimized first tier: a host answering at 0.8 ms of CPU a request
    /// while it compiles answers at 0.35 once that is done, on this machine 10 to 20 seconds into a read load.
    /// Returns how long it ran and the JIT time of its last second.
    /// </summary>
    public static async Task<(TimeSpan Elapsed, TimeSpan LastSecondJit)> WarmUpAsync(int clients, TimeSpan least, TimeSpan most, Func<int, int, Task> request)
    {
        var stop = Stopwatch.StartNew();
        await RunAsync(clients, least, request);
        var (quiet, last) = (0, TimeSpan.Zero);
        while (quiet < 2 && stop.Elapsed < most)
        {
            var jit = System.Runtime.JitInfo.GetCompilationTime();
            await RunAsync(clients, TimeSpan.FromSeconds(1), request);
            last = System.Runtime.JitInfo.GetCompilationTime() - jit;
            quiet = last < SettledJitPerSecond ? quiet + 1 : 0;
        }

        return (stop.Elapsed, last);
    }

    /// <summary>Runs the clients for <paramref name="duration"/> (or until <paramref name="done"/>); <paramref name="request"/> sends client c's request number n.</summary>
    public static async Task<LoadResult> RunAsync(int clients, TimeSpan duration, Func<int, int, Task> request, Func<bool>? done = null)
    {
        var latencies = new List<double>[clients];
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var stop = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(async c =>
        {
            await Task.Yield();
            var mine = latencies[c] = new List<double>(4_096);
            for (var n = 0; stop.Elapsed < duration && done?.Invoke() != true; n++)
            {
                var start = Stopwatch.GetTimestamp();
                await request(c, n);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }).ToList();
        await Task.WhenAll(tasks);
        var elapsed = stop.Elapsed;
        process.Refresh();
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new LoadResult(all.Count, elapsed, all) { CpuPerRequestMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, all.Count), JitMs = (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds };
    }
}
