using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Host.Reporting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Tests.Reporting;

/// <summary>
/// The data version the progress and list caches trust: it must change with every commit of another connection on the
/// file (WAL mode, as the host runs it), and only then.
/// </summary>
public sealed class DomainDataVersionTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cohorts-data-version-" + Guid.NewGuid().ToString("N"));

    public DomainDataVersionTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Current_ChangesWithEachCommitElsewhere_AndOnlyThen()
    {
        var path = Path.Combine(_folder, "c.db");
        using var writer = new SqliteConnection($"Data Source={path};Pooling=False");
        writer.Open();
        Execute(writer, "PRAGMA journal_mode=WAL; CREATE TABLE t (x INTEGER);");
        using var version = new DomainDataVersion(Options.Create(new SqliteWorkflowStoreOptions { DatabasePath = path }));

        var first = version.Current();
        Assert.NotNull(first);
        Assert.Equal(first, version.Current());

        Execute(writer, "INSERT INTO t VALUES (1);");
        var second = version.Current();
        Assert.NotEqual(first, second);

        using (var transaction = writer.BeginTransaction())
        {
            using var insert = writer.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO t VALUES (2);";
            insert.ExecuteNonQuery();
            Assert.Equal(second, version.Current()); // not committed yet
            transaction.Commit();
        }

        Assert.NotEqual(second, version.Current());
    }

    [Fact]
    public void Current_NoFile_IsUnknown()
    {
        using var version = new DomainDataVersion(Options.Create(new SqliteWorkflowStoreOptions { DatabasePath = ":memory:" }));

        Assert.Null(version.Current());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
