using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cohorts.Workflows.Simulation;

/// <summary>
/// Keeps the private database's SQL statements compiled for the life of a simulation: EF creates a command per
/// execution, and Microsoft.Data.Sqlite compiles its SQL again each time (<c>sqlite3_prepare_v2</c>, about a seventh
/// of a preview's time before this), although a preview runs the same few hundred statements thousands of times. Each
/// command EF asks for is a <see cref="SimulationCommand"/> over a <see cref="SqliteCommand"/> kept per SQL text,
/// whose compiled statements SQLite resets and binds again for the next execution. What a command runs and returns is
/// unchanged.
/// </summary>
/// <remarks>
/// A command is lent to one execution at a time (two open readers of the same SQL each get their own), and given back
/// when EF disposes it, with its parameters cleared and no transaction. The kept commands are disposed with the
/// simulation (<see cref="Dispose"/>), before its connection. The simulation's only: the real database's contexts
/// are short-lived and shared by requests, and keep SQLite's defaults.
/// </remarks>
internal sealed class SimulationStatements(SqliteConnection connection) : DbCommandInterceptor, IDisposable
{
    // Past this many distinct SQL texts, commands are no longer kept (a query built with constants would make many).
    private const int MaxTexts = 1_000;

    private readonly Dictionary<string, Stack<SqliteCommand>> _free = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _disposed;

    /// <inheritdoc />
    public override InterceptionResult<DbCommand> CommandCreating(CommandCorrelatedEventData eventData, InterceptionResult<DbCommand> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return ReferenceEquals(eventData.Connection, connection)
            ? InterceptionResult<DbCommand>.SuppressWithResult(new SimulationCommand(this, connection))
            : result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var command in _free.Values.SelectMany(s => s))
            {
                command.Dispose();
            }

            _free.Clear();
        }
    }

    /// <summary>Lends a command for a SQL text: one kept for that text, else a new one.</summary>
    internal SqliteCommand Rent(string text)
    {
        lock (_lock)
        {
            if (_free.TryGetValue(text, out var free) && free.TryPop(out var kept))
            {
                return kept;
            }
        }

        var command = connection.CreateCommand();
        command.CommandText = text;
        return command;
    }

    /// <summary>Takes a command back once its execution is over, or disposes it.</summary>
    internal void Return(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        lock (_lock)
        {
            if (!_disposed && (_free.TryGetValue(command.CommandText, out var free) || _free.Count < MaxTexts))
            {
                if (free is null)
                {
                    free = new Stack<SqliteCommand>();
                    _free.Add(command.CommandText, free);
                }

                free.Push(command);
                return;
            }
        }

        command.Dispose();
    }
}
