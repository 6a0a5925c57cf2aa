using Cohorts.Engine.EntityFrameworkCore.Records;
using Cohorts.Engine.EntityFrameworkCore.Stores;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.PostgreSql;

/// <summary>
/// The PostgreSQL <see cref="IWorkflowDefinitionStore"/>: a version is one INSERT, refused when a host added it first,
/// and announced to every host in its transaction, so that each keeps the latest version numbers it read
/// (<see cref="PostgreSqlLatestVersions"/>) and a start reads none.
/// </summary>
internal sealed class PostgreSqlWorkflowDefinitionStore(IDbContextFactory<WorkflowDbContext> contextFactory, string connectionString)
    : IWorkflowDefinitionStore, IAsyncDisposable, IDisposable
{
    private static readonly DefinitionQueries Queries = new();

    /// <summary>Gets the latest version numbers this store keeps.</summary>
    internal PostgreSqlLatestVersions LatestVersions { get; } = new(connectionString);

    public async ValueTask<StoredDefinition?> FindAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definitionId);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = version is { } v
            ? await Queries.FindVersion(db, definitionId, v, cancellationToken)
            : await Queries.FindLatest(db, definitionId, cancellationToken);
        return record?.ToDefinition();
    }

    public async ValueTask<int?> FindLatestVersionAsync(string definitionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definitionId);
        return await LatestVersions.GetAsync(definitionId, ReadLatestVersionAsync, cancellationToken);

        async Task<int?> ReadLatestVersionAsync(CancellationToken cancellationToken)
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            return await PostgreSqlQueries.LatestVersion(db, definitionId, cancellationToken);
        }
    }

    public async ValueTask<IReadOnlyList<StoredDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definitionId);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Queries.Versions(db, definitionId).MapToListAsync(d => d.ToDefinition(), cancellationToken);
    }

    public async ValueTask<IReadOnlyList<StoredDefinition>> ListLatestAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Queries.Latest(db).MapToListAsync(d => d.ToDefinition(), cancellationToken);
    }

    public async ValueTask AddVersionAsync(StoredDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Definitions.Add(DefinitionRecord.FromDefinition(definition));
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({PostgreSqlLatestVersions.Channel}, {definition.DefinitionId})", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (PostgreSqlErrors.IsDuplicateKey(exception))
        {
            throw new ConcurrencyConflictException(
                $"Version {definition.Version} of workflow definition '{definition.DefinitionId}' already exists; nothing was written.",
                exception);
        }
        finally
        {
            LatestVersions.Forget(); // this process reads its own version at once, before the notification comes back
        }
    }

    public ValueTask DisposeAsync() => LatestVersions.DisposeAsync();

    public void Dispose() => LatestVersions.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
