using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Cohorts.Workflows.Simulation;

/// <summary>
/// A command EF creates in a simulation (<see cref="SimulationStatements"/>): once its SQL is set, it runs a
/// <see cref="SqliteCommand"/> lent for that SQL, compiled already if it ran before, and gives it back when disposed.
/// </summary>
internal sealed class SimulationCommand(SimulationStatements statements, SqliteConnection connection) : DbCommand
{
    private SqliteCommand? _inner;
    private SqliteTransaction? _transaction;
    private int? _timeout;
    private string _text = string.Empty;

    /// <inheritdoc />
    [AllowNull]
    public override string CommandText
    {
        get => _text;
        set
        {
            var text = value ?? string.Empty;
            if (_inner is not null && text == _text)
            {
                return;
            }

            GiveBack();
            _text = text;
            _inner = statements.Rent(text);
            _inner.Transaction = _transaction;
            if (_timeout is { } timeout)
            {
                _inner.CommandTimeout = timeout;
            }
        }
    }

    /// <inheritdoc />
    public override int CommandTimeout
    {
        get => _timeout ?? Inner.CommandTimeout;
        set
        {
            _timeout = value;
            if (_inner is not null)
            {
                _inner.CommandTimeout = value;
            }
        }
    }

    /// <inheritdoc />
    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new ArgumentException("Only CommandType.Text is supported.", nameof(value));
            }
        }
    }

    /// <inheritdoc />
    public override bool DesignTimeVisible { get; set; }

    /// <inheritdoc />
    public override UpdateRowSource UpdatedRowSource { get; set; }

    /// <inheritdoc />
    protected override DbConnection? DbConnection
    {
        get => connection;
        set
        {
            if (!ReferenceEquals(value, connection))
            {
                throw new InvalidOperationException("A simulation's command stays on the simulation's connection.");
            }
        }
    }

    /// <inheritdoc />
    protected override DbParameterCollection DbParameterCollection => Inner.Parameters;

    /// <inheritdoc />
    protected override DbTransaction? DbTransaction
    {
        get => _transaction;
        set
        {
            _transaction = (SqliteTransaction?)value;
            if (_inner is not null)
            {
                _inner.Transaction = _transaction;
            }
        }
    }

    private SqliteCommand Inner => _inner ?? throw new InvalidOperationException("Set the command's SQL first.");

    /// <inheritdoc />
    public override void Cancel() => _inner?.Cancel();

    /// <inheritdoc />
    public override int ExecuteNonQuery() => Inner.ExecuteNonQuery();

    /// <inheritdoc />
    public override object? ExecuteScalar() => Inner.ExecuteScalar();

    /// <inheritdoc />
    public override void Prepare() => Inner.Prepare();

    /// <inheritdoc />
    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    /// <inheritdoc />
    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Inner.ExecuteReader(behavior);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            GiveBack();
        }

        base.Dispose(disposing);
    }

    private void GiveBack()
    {
        if (_inner is { } inner)
        {
            _inner = null;
            statements.Return(inner);
        }
    }
}
