using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cohorts.Engine.EntityFrameworkCore;

/// <summary>The engine's database file: brings its schema up to date at start.</summary>
public sealed class WorkflowDatabase
{
    private readonly IDbContextFactory<WorkflowDbContext> _contextFactory;
    private readonly SqliteWriteGate _writeGate;
    private readonly SqliteWorkflowStoreOptions _options;

    internal WorkflowDatabase(
        IDbContextFactory<WorkflowDbContext> contextFactory,
        SqliteWriteGate writeGate,
        IOptions<SqliteWorkflowStoreOptions> options)
    {
        _contextFactory = contextFactory;
        _writeGate = writeGate;
        _options = options.Value;
    }

    /// <summary>Gets the full path of the database file.</summary>
    public string FullPath => Path.GetFullPath(_options.DatabasePath);

    /// <summary>
    /// Creates the file and its folder when missing and applies the checked-in migrations that it lacks (EF takes its
    /// migration lock, so two processes starting together apply them once).
    /// </summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default) =>
        SqliteMigrations.ApplyAsync(_contextFactory, _writeGate, _options.DatabasePath, cancellationToken);
}
