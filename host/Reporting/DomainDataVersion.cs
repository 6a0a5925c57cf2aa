using Cohorts.Engine.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Reporting;

/// <summary>
/// Tells whether anything was committed to the database file since an earlier look: SQLite's <c>PRAGMA data_version</c>
/// on a connection of its own that never writes, which changes whenever another connection (of this process or any
/// other) commits. Read models keep what they computed with the version they read it at, and use it only while the
/// version is the same: a copy that cannot disagree with the rows. No version (no database file, or it cannot be
/// read) means: keep nothing.
/// </summary>
public sealed class DomainDataVersion : IDisposable
{
    private readonly Lock _gate = new();
    private readonly string? _connectionString;
    private SqliteConnection? _connection;
    private SqliteCommand? _command;

    /// <summary>Initializes a new instance of the <see cref="DomainDataVersion"/> class on the domain's database file.</summary>
    public DomainDataVersion(IOptions<SqliteWorkflowStoreOptions> options)
        : this(options, Options.Create(new CohortsDatabaseOptions()))
    {
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="DomainDataVersion"/> class on the installation's database: on
    /// PostgreSQL, whose commits other hosts make too, there is no such version (<see cref="Current"/> is null: keep nothing).
    /// </summary>
    public DomainDataVersion(IOptions<SqliteWorkflowStoreOptions> options, IOptions<CohortsDatabaseOptions> database)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        var path = options.Value.DatabasePath;
        _connectionString = database.Value.Provider != CohortsDatabaseProvider.Sqlite
            || string.IsNullOrWhiteSpace(path) || path.Contains(":memory:", StringComparison.OrdinalIgnoreCase)
            ? null
            : new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path), Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
    }

    /// <summary>The version now, or null when it cannot be known (then nothing may be kept).</summary>
    public long? Current()
    {
        if (_connectionString is null)
        {
            return null;
        }

        lock (_gate)
        {
            try
            {
                if (_command is null)
                {
                    _connection = new SqliteConnection(_connectionString);
                    _connection.Open();
                    _command = _connection.CreateCommand();
                    _command.CommandText = "PRAGMA data_version;";
                }

                return _command.ExecuteScalar() is long version ? version : null;
            }
            catch (SqliteException)
            {
                Close();
                return null;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            Close();
        }
    }

    private void Close()
    {
        _command?.Dispose();
        _connection?.Dispose();
        (_command, _connection) = (null, null);
    }
}
