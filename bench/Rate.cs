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
    private TimeSpan _cpu;
    private int _count;

    public double PerSecond => _count / Stopwatch.GetElapsedTime(0, _ticks).TotalSeconds;

    /// <summary>Gets the process's CPU time (every thread, user and kernel) per operation in microseconds: what a shared machine moves least.</summary>
    public double CpuMicrosecondsPerOperation => _cpu.TotalMicroseconds / _count;

    public void Measure(int count, Action work)
    {
        var (start, cpu) = (Stopwatch.GetTimestamp(), Cpu());
        work();
        Add(count, start, cpu);
    }

    public async Task MeasureAsync(int count, Func<Task> work)
    {
        var (start, cpu) = (Stopwatch.GetTimestamp(), Cpu());
        await work();
        Add(count, start, cpu);
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private void Add(int count, long start, TimeSpan cpu)
    {
        _ticks += Stopwatch.GetTimestamp() - start;
        _cpu += Cpu() - cpu;
        _count += count;
    }
}
