namespace Cohorts.Engine.Runtime;

/// <summary>
/// Striped in-process locks by instance id: steps of one instance run one at a time in this process, so concurrent
/// resumes queue instead of colliding. Across processes the instance row's version still decides (optimistic
/// concurrency), so the lock is an optimisation, never the guarantee.
/// </summary>
internal sealed class InstanceLocks
{
    private readonly SemaphoreSlim[] _stripes;

    public InstanceLocks(int stripes = 1024)
    {
        _stripes = new SemaphoreSlim[stripes];
        for (var i = 0; i < stripes; i++)
        {
            _stripes[i] = new SemaphoreSlim(1, 1);
        }
    }

    public async ValueTask<Releaser> AcquireAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(instanceId.GetHashCode() & int.MaxValue) % _stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    /// <summary>Releases the stripe when disposed.</summary>
    internal readonly struct Releaser(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
