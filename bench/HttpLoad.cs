using System.Diagnostics;

namespace Cohorts.Bench;

/// <summary>
/// Closed-loop load: <c>clients</c> concurrent clients, each sending its next request as soon as the previous answer
/// is read, for a while; every answer's latency is kept. A failed request (not 2xx) stops the run.
/// </summary>
internal static class HttpLoad
{
    /// <summary>Runs the clients for <paramref name="duration"/> (or until <paramref name="done"/>); <paramref name="request"/> sends client c's request number n.</summary>
    public static async Task<LoadResult> RunAsync(int clients, TimeSpan duration, Func<int, int, Task> request, Func<bool>? done = null)
    {
        var latencies = new List<double>[clients];
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
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
        return new LoadResult(all.Count, elapsed, all) { CpuPerRequestMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, all.Count) };
    }
}
