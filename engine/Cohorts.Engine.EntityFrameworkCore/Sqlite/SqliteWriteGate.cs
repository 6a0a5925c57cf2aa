namespace Cohorts.Engine.EntityFrameworkCore.Sqlite;

/// <summary>
/// Serializes this process's write transactions on the database, and lets the writer's group commit leave its
/// transaction open for the next holder (<see cref="HoldOpen"/>).
/// </summary>
/// <remarks>
/// <para>
/// SQLite allows one writer at a time. Without this gate, concurrent commits would each begin a transaction and all
/// but one would sleep-and-retry inside SQLite's busy handler (up to the busy timeout) and might still fail with
/// SQLITE_BUSY; with it they wait asynchronously (no thread blocked, no timeout but the caller's cancellation).
/// Other processes are still held off by the busy timeout. One gate per service provider, shared by both stores.
/// </para>
/// <para>
/// A holder that finished its writes while others wait may leave the writer's transaction open for them to share one
/// commit (and one fsync): it calls <see cref="HoldOpen"/> with the commit, leaves, and answers only once that commit
/// is done. The next holder either joins that transaction (<see cref="EnterToJoinAsync"/>, the writer's steps) or has
/// it committed first (<see cref="EnterAsync"/>, every other writer, on connections of their own). A transaction held
/// open with nobody left to take the gate (the waiter gave up) is committed by the gate itself.
/// </para>
/// </remarks>
internal sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);
    private int _waiting;
    private Func<ValueTask>? _heldOpen;

    /// <summary>Gets a value indicating whether anyone waits for the gate now (a holder may then hold its transaction open).</summary>
    public bool HasWaiters => Volatile.Read(ref _waiting) > 0;

    /// <summary>
    /// Waits for the write lock, then commits a transaction a previous holder left open, so that the caller may write
    /// on a connection of its own; dispose the result to release it.
    /// </summary>
    public async ValueTask<Releaser> EnterAsync(CancellationToken cancellationToken)
    {
        var releaser = await WaitAsync(cancellationToken);
        await CommitHeldOpenAsync();
        return releaser;
    }

    /// <summary>
    /// Waits for the write lock without committing what a previous holder left open: the caller joins it (see
    /// <see cref="TakeHeldOpen"/>). Dispose the result to release it.
    /// </summary>
    public ValueTask<Releaser> EnterToJoinAsync(CancellationToken cancellationToken) => WaitAsync(cancellationToken);

    /// <summary>Takes the write lock if it is free at once; dispose the releaser (when true) to release it.</summary>
    /// <remarks>A transaction left open stays open: the caller must not write, and reads outside it elsewhere.</remarks>
    public bool TryEnter(out Releaser releaser)
    {
        var entered = _semaphore.Wait(0);
        releaser = entered ? new Releaser(this) : default;
        return entered;
    }

    /// <summary>Waits for the write lock, blocking the thread (disposal only), and commits what was left open.</summary>
    public Releaser Enter()
    {
        _semaphore.Wait();
        var releaser = new Releaser(this);
        CommitHeldOpenAsync().AsTask().GetAwaiter().GetResult();
        return releaser;
    }

    /// <summary>
    /// Called under the gate, just before leaving it: the holder's transaction stays open, and
    /// <paramref name="commit"/> (which must not throw: it reports its failure to those who wait on it) is run by
    /// whoever needs the database next, unless that one joins the transaction.
    /// </summary>
    public void HoldOpen(Func<ValueTask> commit) => Volatile.Write(ref _heldOpen, commit);

    /// <summary>Called under the gate by a holder that joins what was left open: the gate forgets it (the holder now owns it).</summary>
    public Func<ValueTask>? TakeHeldOpen() => Interlocked.Exchange(ref _heldOpen, null);

    public void Dispose() => _semaphore.Dispose();

    private async ValueTask<Releaser> WaitAsync(CancellationToken cancellationToken)
    {
        if (_semaphore.Wait(0, CancellationToken.None))
        {
            return new Releaser(this);
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            await _semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            // Given up: a transaction left open for this waiter must not be stranded.
            Interlocked.Decrement(ref _waiting);
            SettleHeldOpen();
            throw;
        }

        Interlocked.Decrement(ref _waiting);
        return new Releaser(this);
    }

    private async ValueTask CommitHeldOpenAsync()
    {
        if (TakeHeldOpen() is { } commit)
        {
            await commit();
        }
    }

    private void Release()
    {
        _semaphore.Release();
        SettleHeldOpen();
    }

    /// <summary>
    /// After a release: a transaction left open for a waiter who then gave up, with nobody else waiting, would never be
    /// committed. Whoever holds the gate next settles it; if nobody does, the gate takes itself and commits it.
    /// </summary>
    private void SettleHeldOpen()
    {
        if (Volatile.Read(ref _heldOpen) is null || HasWaiters || !_semaphore.Wait(0))
        {
            return;
        }

        _ = CommitAndReleaseAsync(new Releaser(this));
    }

    private async Task CommitAndReleaseAsync(Releaser releaser)
    {
        using (releaser)
        {
            await Task.Yield(); // not on the releasing caller's stack
            await CommitHeldOpenAsync();
        }
    }

    internal readonly struct Releaser(SqliteWriteGate gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
