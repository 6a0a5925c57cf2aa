using Cohorts.Engine.EntityFrameworkCore.Records;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>The SQLite <see cref="IWorkflowDefinitionStore"/>.</summary>
internal sealed class SqliteWorkflowDefinitionStore(
    IDbContextFactory<WorkflowDbContext> contextFactory,
    SqliteWriteGate writeGate,
    HotReaderPool readers)
    : IWorkflowDefinitionStore
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
        // Asked at every start by id: a prepared statement on an open connection, or the number it read while nothing
        // was committed since (HotReader).
        var published = readers.DefinitionsPublished;
        return await readers.ReadAsync((reader, ct) => reader.LatestVersionAsync(definitionId, published, ct), cancellationToken);
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
        using var writeLock = await writeGate.EnterAsync(cancellationToken);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // Two publications of a definition at once both take the next number; the second finds it taken here, behind
        // the write gate, rather than by an INSERT that fails (which EF logs as an error though it is expected). Another
        // process on the same file can still get there first: the unique key decides then.
        if (await Queries.FindVersion(db, definition.DefinitionId, definition.Version, cancellationToken) is not null)
        {
            throw Conflict(definition, inner: null);
        }

        db.Definitions.Add(DefinitionRecord.FromDefinition(definition));
        try
        {
            // One INSERT: atomic on its own, no explicit transaction needed.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (SqliteErrors.IsDuplicateKey(exception))
        {
            throw Conflict(definition, exception);
        }
        finally
        {
            readers.DefinitionPublished();
        }
    }

    private static ConcurrencyConflictException Conflict(StoredDefinition definition, Exception? inner) =>
        new($"Version {definition.Version} of workflow definition '{definition.DefinitionId}' already exists; nothing was written.", inner);
}
