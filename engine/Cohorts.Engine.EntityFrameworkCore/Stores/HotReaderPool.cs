using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// Runs the hot reads: on the writer's connection when the write gate is free at once
/// (<see cref="SqliteWriterConnection.TryReadAsync"/>: its page cache holds what the last steps wrote), else on
/// <see cref="HotReader"/>s lent one caller at a time each: a read takes an idle reader (or opens one), and gives it
/// back when it succeeded. A read that failed disposes its reader (its connection may be the cause: an I/O error, an
/// interrupted statement), so the next read opens a fresh one, as the writer does. One pool per service provider,
/// shared by both stores; concurrent reads each get their own reader, and a few stay open for the next ones.
/// </summary>
internal sealed class HotReaderPool(IDbContextFactory<WorkflowDbContext> contextFactory, SqliteWriterConnection writer)
    : IAsyncDisposable, IDisposable
{
    // An ordinary process reads from one or two callers at a time; more readers than this are closed after use.
    private const int MaxIdle = 4;

    private readonly ConcurrentQueue<HotReader> _idle = new();
    private long _definitionsPublished;
    private volatile bool _disposed;

    /// <summary>Gets how many definition versions this process published (what a reader's kept latest versions were read after).</summary>
    public long DefinitionsPublished => Interlocked.Read(ref _definitionsPublished);

    /// <summary>Counts a definition version published by this process: the latest version numbers readers kept are read again.</summary>
    public void DefinitionPublished() => Interlocked.Increment(ref _definitionsPublished);

    /// <summary>Runs <paramref name="read"/> on a reader of the pool.</summary>
    public async ValueTask<T> ReadAsync<T>(Func<HotReader, CancellationToken, ValueTask<T>> read, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (await writer.TryReadAsync(read, cancellationToken) is (true, var value))
        {
            return value;
        }

        var reader = _idle.TryDequeue(out var idle) ? idle : await HotReader.OpenAsync(contextFactory, cancellationToken);
        T result;
        try
        {
            result = await read(reader, cancellationToken);
        }
        catch
        {
            await reader.DisposeAsync();
            throw;
        }

        await ReturnAsync(reader);
        return result;
    }

    /// <summary>Closes the idle readers; one still in use is closed when its read ends.</summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryDequeue(out var reader))
        {
            await reader.DisposeAsync();
        }
    }

    /// <summary>As <see cref="DisposeAsync"/>, for a service provider disposed synchronously.</summary>
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryDequeue(out var reader))
        {
            reader.Dispose();
        }
    }

    private async ValueTask ReturnAsync(HotReader reader)
    {
        if (_disposed || _idle.Count >= MaxIdle)
        {
            await reader.DisposeAsync();
            return;
        }

        _idle.Enqueue(reader);

        // Disposed meanwhile: the disposal may have drained the queue before this reader went in.
        if (_disposed)
        {
            await DisposeAsync();
        }
    }
}
