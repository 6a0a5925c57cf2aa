using System.Diagnostics;

namespace Cohorts.Bench;

/// <summary>
/// Operations per second over measured blocks. A section measures several rates in interleaved blocks (raw SQLite,
/// engine starts, engine resumes...) so that all of them see the same machine: on a shared machine the fsync latency
/// and the CPU left over change by several times within seconds, and back-to-back sections would compare different
/// machines.
/// </summary>
internal sealed class Rate
{
    private long _ticks;
    private int _count;

    public double PerSecond => _count / Stopwatch.GetElapsedTime(0, _ticks).TotalSeconds;

    public void Measure(int count, Action work)
    {
        var start = Stopwatch.GetTimestamp();
        work();
        Add(count, start);
    }

    public async Task MeasureAsync(int count, Func<Task> work)
    {
        var start = Stopwatch.GetTimestamp();
        await work();
        Add(count, start);
    }

    private void Add(int count, long start)
    {
        _ticks += Stopwatch.GetTimestamp() - start;
        _count += count;
    }
}
