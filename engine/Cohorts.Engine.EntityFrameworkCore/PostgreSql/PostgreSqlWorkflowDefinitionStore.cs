using Cohorts.Engine.EntityFrameworkCore.Records;
using Cohorts.Engine.EntityFrameworkCore.Stores;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.PostgreSql;

/// <summary>The PostgreSQL <see cref="IWorkflowDefinitionStore"/>: a version is one INSERT, refused when a host added it first.</summary>
internal sealed class PostgreSqlWorkflowDefinitionStore(IDbContextFactory<WorkflowDbContext> contextFactory) : IWorkflowDefinitionStore
{
    private static readonly DefinitionQueries Queries = new();

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
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await PostgreSqlQueries.LatestVersion(db, definitionId, cancellationToken);
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
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (PostgreSqlErrors.IsDuplicateKey(exception))
        {
            throw new ConcurrencyConflictException(
                $"Version {definition.Version} of workflow definition '{definition.DefinitionId}' already exists; nothing was written.",
                exception);
        }
    }
}
