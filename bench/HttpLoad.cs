using System.Diagnostics;

namespace Cohorts.Bench;

/// <summary>
/// Closed-loop load: <c>clients</c> concurrent clients, each sending its next request as soon as the previous answer
/// is read, for a while; every answer's latency is kept. A failed request (not 2xx) stops the run.
/// </summary>
internal static class HttpLoad
{
    /// <summary>Runs the clients for <paramref name="duration"/>; <paramref name="request"/> sends client c's request number n.</summary>
    public static async Task<LoadResult> RunAsync(int clients, TimeSpan duration, Func<int, int, Task> request)
    {
        var latencies = new List<double>[clients];
        var stop = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(async c =>
        {
            await Task.Yield();
            var mine = latencies[c] = new List<double>(4_096);
            for (var n = 0; stop.Elapsed < duration; n++)
            {
                var start = Stopwatch.GetTimestamp();
                await request(c, n);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }).ToList();
        await Task.WhenAll(tasks);
        var elapsed = stop.Elapsed;
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new LoadResult(all.Count, elapsed, all);
    }
}
