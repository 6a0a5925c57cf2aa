using System.Buffers;

namespace Cohorts.Engine.Runtime;

/// <summary>
/// Striped in-process locks by instance id: steps of one instance run one at a time in this process, so concurrent
/// resumes queue instead of colliding. Across processes the instance row's version still decides (optimistic
/// concurrency), so the lock is an optimisation, never the guarantee. Each stripe also counts the steps committed under
/// it, so a read made before taking the lock is known current when no step of an instance of its stripe committed since.
/// </summary>
internal sealed class InstanceLocks
{
    private readonly SemaphoreSlim[] _stripes;
    private readonly long[] _commits;

    public InstanceLocks(int stripes = 1024)
    {
        _stripes = new SemaphoreSlim[stripes];
        _commits = new long[stripes];
        for (var i = 0; i < stripes; i++)
        {
            _stripes[i] = new SemaphoreSlim(1, 1);
        }
    }

    public async ValueTask<Releaser> AcquireAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var stripe = _stripes[StripeOf(instanceId)];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    /// <summary>Copies every stripe's count of committed steps (before a read) into a buffer; return it with <see cref="ReturnCommits"/>.</summary>
    public long[] RentCommits()
    {
        var counts = ArrayPool<long>.Shared.Rent(_commits.Length);
        Array.Copy(_commits, counts, _commits.Length);
        return counts;
    }

    /// <summary>Gives back a buffer <see cref="RentCommits"/> filled.</summary>
    public static void ReturnCommits(long[] counts) => ArrayPool<long>.Shared.Return(counts);

    /// <summary>Gets whether a step of an instance of the instance's stripe committed since the counts were copied.</summary>
    public bool CommittedSince(long[] counts, Guid instanceId)
    {
        var stripe = StripeOf(instanceId);
        return Interlocked.Read(ref _commits[stripe]) != counts[stripe];
    }

    /// <summary>Counts a step of the instance as committed (call it with the instance's lock held).</summary>
    public void Committed(Guid instanceId) => Interlocked.Increment(ref _commits[StripeOf(instanceId)]);

    private int StripeOf(Guid instanceId) => (instanceId.GetHashCode() & int.MaxValue) % _stripes.Length;

    /// <summary>Releases the stripe when disposed.</summary>
    internal readonly struct Releaser(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
