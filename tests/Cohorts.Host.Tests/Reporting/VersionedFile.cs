using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Host.Reporting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Tests.Reporting;

/// <summary>
/// A SQLite file in WAL mode (as the host runs it) with a table to commit to, a writer connection of its own, and the
/// <see cref="DomainDataVersion"/> the caches trust on it: each <see cref="Commit"/> moves that version.
/// </summary>
internal sealed class VersionedFile : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cohorts-versioned-file-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteConnection _writer;

    public VersionedFile()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "c.db");
        _writer = new SqliteConnection($"Data Source={path};Pooling=False");
        _writer.Open();
        Commit("PRAGMA journal_mode=WAL; CREATE TABLE t (x INTEGER);");
        Version = new DomainDataVersion(Options.Create(new SqliteWorkflowStoreOptions { DatabasePath = path }));
    }

    /// <summary>Gets the file's data version.</summary>
    public DomainDataVersion Version { get; }

    /// <summary>Commits a row on the writer connection: the data version moves.</summary>
    public void Commit() => Commit("INSERT INTO t VALUES (1);");

    public void Dispose()
    {
        Version.Dispose();
        _writer.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void Commit(string sql)
    {
        using var command = _writer.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
