namespace Cohorts.Engine.EntityFrameworkCore.Sqlite;

/// <summary>
/// Serializes this process's write transactions on the database.
/// </summary>
/// <remarks>
/// SQLite allows one writer at a time. Without this gate, concurrent commits would each begin a transaction and all
/// but one would sleep-and-retry inside SQLite's busy handler (up to the busy timeout) and might still fail with
/// SQLITE_BUSY; with it they wait asynchronously (no thread blocked, no timeout but the caller's cancellation).
/// Other processes are still held off by the busy timeout. One gate per service provider, shared by both stores.
/// </remarks>
internal sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    /// <summary>Waits for the write lock; dispose the result to release it.</summary>
    public async ValueTask<Releaser> EnterAsync(CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        return new Releaser(_semaphore);
    }

    /// <summary>Takes the write lock if it is free at once; dispose the releaser (when true) to release it.</summary>
    public bool TryEnter(out Releaser releaser)
    {
        var entered = _semaphore.Wait(0);
        releaser = entered ? new Releaser(_semaphore) : default;
        return entered;
    }

    /// <summary>Waits for the write lock, blocking the thread (disposal only); dispose the result to release it.</summary>
    public Releaser Enter()
    {
        _semaphore.Wait();
        return new Releaser(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    internal readonly struct Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
