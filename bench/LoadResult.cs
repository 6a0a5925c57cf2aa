namespace Cohorts.Bench;

/// <summary>What a closed-loop run measured: answers, time, every latency in milliseconds (sorted).</summary>
internal sealed record LoadResult(int Requests, TimeSpan Elapsed, IReadOnlyList<double> SortedLatencies)
{
    /// <summary>Gets the process's CPU time (host and clients) per request: what the load of other processes moves least.</summary>
    public double CpuPerRequestMs { get; init; }

    /// <summary>Gets the time the JIT spent compiling during the run (tiered compilation's background work included), in milliseconds.</summary>
    public double JitMs { get; init; }

    public double PerSecond => Requests / Elapsed.TotalSeconds;

    public double Percentile(double p) => SortedLatencies.Count == 0 ? double.NaN : SortedLatencies[Math.Min(SortedLatencies.Count - 1, (int)Math.Ceiling(p * SortedLatencies.Count) - 1)];
}
