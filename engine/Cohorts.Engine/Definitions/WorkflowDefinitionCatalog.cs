using System.Collections.Concurrent;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Persistence;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Publishes definition versions and loads them back. Publishing a definition whose JSON differs from the latest
/// version makes a new version; publishing the same JSON again returns the latest. Published versions never change,
/// so loaded ones are cached for the life of the process.
/// </summary>
public sealed class WorkflowDefinitionCatalog
{
    private const int MaxPublishAttempts = 5;
    private readonly IWorkflowDefinitionStore _store;
    private readonly DefinitionSerializer _serializer;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<(string Id, int Version), WorkflowDefinition> _cache = new();

    /// <summary>Initializes a new instance of the <see cref="WorkflowDefinitionCatalog"/> class.</summary>
    public WorkflowDefinitionCatalog(IWorkflowDefinitionStore store, DefinitionSerializer serializer, TimeProvider timeProvider)
    {
        _store = store;
        _serializer = serializer;
        _timeProvider = timeProvider;
    }

    /// <summary>Validates and publishes a definition authored in C#.</summary>
    /// <exception cref="InvalidDefinitionException">The definition has problems; all are listed.</exception>
    public async ValueTask<WorkflowDefinition> PublishAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = _serializer.Validate(definition);
        if (problems.Count > 0)
        {
            throw new InvalidDefinitionException(problems);
        }

        return (await PublishCoreAsync(definition, null, cancellationToken)).Definition;
    }

    /// <summary>Validates and publishes a definition written in JSON (docs/definition-format.md).</summary>
    /// <exception cref="InvalidDefinitionException">The document has problems; all are listed with their paths.</exception>
    public ValueTask<WorkflowDefinition> PublishJsonAsync(string json, CancellationToken cancellationToken = default) =>
        PublishJsonAsync(json, publishedBy: null, cancellationToken);

    /// <summary>
    /// Validates and publishes a definition written in JSON (docs/definition-format.md), recording who published it
    /// (kept with the version, for its history). Publishing the latest version's JSON again keeps its publisher.
    /// </summary>
    /// <param name="json">The document.</param>
    /// <param name="publishedBy">Who publishes it (an e-mail address, say); null when nobody in particular does.</param>
    /// <param name="cancellationToken">Cancels the publication.</param>
    /// <exception cref="InvalidDefinitionException">The document has problems; all are listed with their paths.</exception>
    public async ValueTask<WorkflowDefinition> PublishJsonAsync(string json, string? publishedBy, CancellationToken cancellationToken = default) =>
        (await PublishJsonVersionAsync(json, publishedBy, cancellationToken)).Definition;

    /// <summary>
    /// Validates and publishes a definition written in JSON, as <see cref="PublishJsonAsync(string, string?, CancellationToken)"/>,
    /// and tells whether this call stored a new version: of two identical documents published at once, exactly one
    /// makes the version (what a history or an audit trail records once).
    /// </summary>
    /// <exception cref="InvalidDefinitionException">The document has problems; all are listed with their paths.</exception>
    public ValueTask<DefinitionPublication> PublishJsonVersionAsync(string json, string? publishedBy, CancellationToken cancellationToken = default)
    {
        var result = _serializer.Read(json, DefinitionReadMode.Strict);
        return result.Definition is { } definition && result.Problems.Count == 0
            ? PublishCoreAsync(definition, publishedBy, cancellationToken)
            : throw new InvalidDefinitionException(result.Problems);
    }

    /// <summary>Loads a published version.</summary>
    /// <exception cref="NotFoundException">There is no such version.</exception>
    public async ValueTask<WorkflowDefinition> GetAsync(string definitionId, int version, CancellationToken cancellationToken = default)
    {
        if (_cache.TryGetValue((definitionId, version), out var cached))
        {
            return cached;
        }

        var stored = await _store.FindAsync(definitionId, version, cancellationToken)
            ?? throw new NotFoundException("workflow definition", $"{definitionId} v{version}");
        return Load(stored);
    }

    /// <summary>Loads the latest published version.</summary>
    /// <exception cref="NotFoundException">No definition has that id.</exception>
    public async ValueTask<WorkflowDefinition> GetLatestAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        // The number first: a version published a moment ago by another process must be seen, but the document of
        // a version already loaded need not be read again.
        var version = await _store.FindLatestVersionAsync(definitionId, cancellationToken)
            ?? throw new NotFoundException("workflow definition", definitionId);
        return await GetAsync(definitionId, version, cancellationToken);
    }

    /// <summary>Writes a definition as its JSON document.</summary>
    public string ToJson(WorkflowDefinition definition) => _serializer.Write(definition);

    private async ValueTask<DefinitionPublication> PublishCoreAsync(WorkflowDefinition definition, string? publishedBy, CancellationToken cancellationToken)
    {
        var json = _serializer.Write(definition.WithVersion(0));
        for (var attempt = 1; ; attempt++)
        {
            var latest = await _store.FindAsync(definition.DefinitionId, null, cancellationToken);
            if (latest is not null && string.Equals(latest.Json, json, StringComparison.Ordinal))
            {
                return new(_cache.TryGetValue((latest.DefinitionId, latest.Version), out var cached) ? cached : Load(latest), IsNewVersion: false);
            }

            var stored = new StoredDefinition(definition.DefinitionId, (latest?.Version ?? 0) + 1, definition.Name, json, _timeProvider.GetUtcNow(), publishedBy);
            try
            {
                await _store.AddVersionAsync(stored, cancellationToken);
                return new(Load(stored), IsNewVersion: true);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxPublishAttempts)
            {
                // Someone published the same id at the same time: compare against the new latest and try again.
            }
        }
    }

    private WorkflowDefinition Load(StoredDefinition stored)
    {
        // Published versions were valid when published; an activity type this host lacks loads as a MissingActivity
        // that faults its instance with an incident when reached, instead of making the whole version unreadable.
        var result = _serializer.Read(stored.Json, DefinitionReadMode.Lenient);
        var definition = result.Definition
            ?? throw new InvalidDefinitionException(result.Problems);
        return _cache.GetOrAdd((stored.DefinitionId, stored.Version), definition.WithVersion(stored.Version));
    }
}
