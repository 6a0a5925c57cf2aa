using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>
/// Records the SQL (text and parameter values) that EF sends, through EF's DiagnosticListener, so a test can look at the
/// statements a store really runs:
/// <code>
/// using var capture = SqliteCommandCapture.Start();
/// await using var db = await SqliteTestDatabase.CreateAsync();
/// ...
/// var commands = capture.CommandsFor(db.Path);
/// </code>
/// </summary>
/// <remarks>
/// Start it before creating the database: EF remembers for a moment that nobody listened to a context's commands and
/// skips the event meanwhile. Listeners are process-wide, so commands are told apart by the file their connection names.
/// </remarks>
public sealed class SqliteCommandCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentQueue<(string ConnectionString, CapturedCommand Command)> _commands = new();
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _listenersSubscription;

    private SqliteCommandCapture()
    {
        _listenersSubscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>Starts capturing commands.</summary>
    public static SqliteCommandCapture Start() => new();

    /// <summary>Gets the commands sent so far to the file at <paramref name="databasePath"/>, in execution order.</summary>
    public IReadOnlyList<CapturedCommand> CommandsFor(string databasePath) =>
        [.. _commands.Where(c => c.ConnectionString.Contains(databasePath, StringComparison.Ordinal)).Select(c => c.Command)];

    /// <summary>Runs <c>EXPLAIN QUERY PLAN</c> for a captured command, returning the plan's detail lines.</summary>
    public static async Task<IReadOnlyList<string>> ExplainAsync(SqliteConnection connection, CapturedCommand command)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(command);
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
        foreach (var (name, value) in command.Parameters)
        {
            explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var details = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            details.Add(reader.GetString(3));
        }

        return details;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name
            && value.Value is CommandEventData { Command: { Connection: { } connection } command })
        {
            var parameters = command.Parameters.Cast<System.Data.Common.DbParameter>()
                .Select(p => (p.ParameterName, p.Value))
                .ToList();
            _commands.Enqueue((connection.ConnectionString, new CapturedCommand(command.CommandText, parameters)));
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _listenersSubscription.Dispose();
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}
