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
    private TimeSpan _jit;

    public double PerSecond => _count / Stopwatch.GetElapsedTime(0, _ticks).TotalSeconds;

    /// <summary>Gets the process's CPU time (every thread, user and kernel) per operation in microseconds: what a shared machine moves least.</summary>
    public double CpuMicrosecondsPerOperation => _cpu.TotalMicroseconds / _count;

    /// <summary>Gets the time the JIT spent compiling during the measured blocks (tiered compilation's background work included), in milliseconds.</summary>
    public double JitMs => _jit.TotalMilliseconds;

    public void Measure(int count, Action work)
    {
        var (start, cpu, jit) = (Stopwatch.GetTimestamp(), Cpu(), System.Runtime.JitInfo.GetCompilationTime());
        work();
        Add(count, start, cpu, jit);
    }

    public async Task MeasureAsync(int count, Func<Task> work)
    {
        var (start, cpu, jit) = (Stopwatch.GetTimestamp(), Cpu(), System.Runtime.JitInfo.GetCompilationTime());
        await work();
        Add(count, start, cpu, jit);
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private void Add(int count, long start, TimeSpan cpu, TimeSpan jit)
    {
        _jit += System.Runtime.JitInfo.GetCompilationTime() - jit;
        _ticks += Stopwatch.GetTimestamp() - start;
        _cpu += Cpu() - cpu;
        _count += count;
    }
}
