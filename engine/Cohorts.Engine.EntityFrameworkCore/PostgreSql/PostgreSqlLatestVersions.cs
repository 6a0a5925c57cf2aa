using System.Collections.Concurrent;
using Npgsql;

namespace Cohorts.Engine.EntityFrameworkCore.PostgreSql;

/// <summary>
/// Each definition's latest version number, kept in this process while a connection of its own listens on
/// <see cref="Channel"/>: publishing a version notifies the channel in the same transaction (PostgreSQL delivers a
/// notification only when its transaction commits), and every host's listener then forgets what it kept. A start then
/// reads no row to learn which version to run. Nothing is kept while the listener is not listening (before its
/// first LISTEN, after its connection dropped and until it listens again): reads go to the database, as without the
/// cache. A version another host publishes is seen as soon as its notification arrives (milliseconds); a start in
/// between runs the version before, as it would have a moment earlier.
/// </summary>
internal sealed class PostgreSqlLatestVersions : IAsyncDisposable
{
    /// <summary>The notification channel a published version is announced on.</summary>
    public const string Channel = "cohorts_definitions";

    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly ConcurrentDictionary<string, int> _latest = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stopping = new();
    private Task? _listening;
    private long _generation;
    private volatile bool _listens;

    /// <summary>Initializes a new instance of the <see cref="PostgreSqlLatestVersions"/> class (it listens from its first use).</summary>
    public PostgreSqlLatestVersions(string connectionString)
    {
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false, // a connection of its own for as long as it listens
            KeepAlive = 15, // a connection the network dropped is noticed, and the cache stops trusting it
            ApplicationName = "cohorts-definition-listener",
        }.ConnectionString;
    }

    /// <summary>Gets a value indicating whether the listener listens, so that what is read is kept.</summary>
    internal bool Listens => _listens;

    /// <summary>Gets the kept latest version of a definition, or reads it with <paramref name="read"/> and keeps it.</summary>
    public async ValueTask<int?> GetAsync(string definitionId, Func<CancellationToken, Task<int?>> read, CancellationToken cancellationToken)
    {
        if (_listening is null)
        {
            Start();
        }

        if (_listens && _latest.TryGetValue(definitionId, out var kept))
        {
            return kept;
        }

        // The generation before the read: a notification (or a lost listener) while it runs makes the result unkeepable.
        var generation = Interlocked.Read(ref _generation);
        var listened = _listens;
        var version = await read(cancellationToken);
        if (listened && version is { } found)
        {
            lock (_gate)
            {
                if (_listens && _generation == generation)
                {
                    _latest[definitionId] = found;
                }
            }
        }

        return version;
    }

    /// <summary>Forgets every kept version (a version was published, or the listener may have missed a notification).</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _generation++;
            _latest.Clear();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_listening is not null)
        {
            await _listening;
        }

        _stopping.Dispose();
    }

    private void Start()
    {
        lock (_gate)
        {
            _listening ??= Task.Run(() => ListenAsync(_stopping.Token));
        }
    }

    private async Task ListenAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_connectionString);
                connection.Notification += (_, _) => Forget();
                await connection.OpenAsync(stopping);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stopping);
                }

                Forget(); // what was read before this LISTEN may predate a missed notification
                _listens = true;
                while (true)
                {
                    await connection.WaitAsync(stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or IOException or TimeoutException)
            {
                // The server went away or refused: read from the database until listening again.
            }
            finally
            {
                _listens = false;
                Forget();
            }

            try
            {
                await Task.Delay(ReconnectDelay, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
