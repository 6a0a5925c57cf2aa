namespace Cohorts.Engine.Persistence;

/// <summary>Where published definition versions live, as their JSON documents.</summary>
public interface IWorkflowDefinitionStore
{
    /// <summary>Finds a version of a definition; the latest when <paramref name="version"/> is null.</summary>
    ValueTask<StoredDefinition?> FindAsync(string definitionId, int? version, CancellationToken cancellationToken);

    /// <summary>
    /// Finds the latest version number of a definition (null when no version exists), without its document: starting an
    /// instance by definition id asks this every time, and loads the document only for a version it has not cached.
    /// </summary>
    async ValueTask<int?> FindLatestVersionAsync(string definitionId, CancellationToken cancellationToken) =>
        (await FindAsync(definitionId, null, cancellationToken))?.Version;

    /// <summary>Lists every version of a definition, oldest first.</summary>
    ValueTask<IReadOnlyList<StoredDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken);

    /// <summary>Lists the latest version of every definition, by id.</summary>
    ValueTask<IReadOnlyList<StoredDefinition>> ListLatestAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new version. The caller gives the next version number; when another writer took it first the store
    /// throws <see cref="Exceptions.ConcurrencyConflictException"/> and nothing is written.
    /// </summary>
    ValueTask AddVersionAsync(StoredDefinition definition, CancellationToken cancellationToken);
}
