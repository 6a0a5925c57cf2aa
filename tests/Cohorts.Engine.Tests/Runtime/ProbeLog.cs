using System.Collections.Concurrent;

namespace Cohorts.Engine.Tests.Runtime;

/// <summary>What the <see cref="Probe"/> activities of a test ran, in order; registered as a singleton so restarts and second processes share it.</summary>
public sealed class ProbeLog
{
    private readonly ConcurrentQueue<ProbeHit> _hits = new();

    /// <summary>Gets every execution so far, in order.</summary>
    public IReadOnlyList<ProbeHit> Hits => [.. _hits];

    /// <summary>Records an execution.</summary>
    public void Record(ProbeHit hit) => _hits.Enqueue(hit);

    /// <summary>Counts the executions of probes with a label.</summary>
    public int Count(string label) => _hits.Count(h => h.Label == label);
}
