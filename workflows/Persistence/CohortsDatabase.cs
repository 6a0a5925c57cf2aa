using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cohorts.Workflows.Persistence;

/// <summary>The domain's tables in the engine's database file: brings their schema up to date at start.</summary>
public sealed class CohortsDatabase
{
    private readonly IDbContextFactory<CohortsDbContext> _contextFactory;
    private readonly SqliteWriteGate _writeGate;
    private readonly SqliteWorkflowStoreOptions _options;

    internal CohortsDatabase(IDbContextFactory<CohortsDbContext> contextFactory, SqliteWriteGate writeGate, IOptions<SqliteWorkflowStoreOptions> options)
    {
        _contextFactory = contextFactory;
        _writeGate = writeGate;
        _options = options.Value;
    }

    /// <summary>Gets the full path of the database file (the engine's).</summary>
    public string FullPath => Path.GetFullPath(_options.DatabasePath);

    /// <summary>
    /// Creates the file and its folder when missing and applies the domain's checked-in migrations that it lacks
    /// (recorded in <see cref="CohortsDbContext.MigrationsHistoryTable"/>, apart from the engine's).
    /// </summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default) =>
        SqliteMigrations.ApplyAsync(_contextFactory, _writeGate, _options.DatabasePath, cancellationToken);

    /// <summary>
    /// Takes the SQLite file's domain schema up or down to <paramref name="migration"/> (a full migration id), as an
    /// older version left it: for upgrade tests. The write queue is not entered; nothing else may write meanwhile.
    /// </summary>
    internal async Task MigrateToAsync(string migration, CancellationToken cancellationToken = default)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        await SqliteMigrations.MigrateSqliteAsync(db, migration, cancellationToken);
    }
}
