using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Exceptions;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Persistence;

/// <summary>
/// A store held in memory, with the same rules as the SQLite adapter (one commit per step, version checks, bookmark
/// rows only for waiting instances). It is for previews and simulations that must not touch live data, and for unit
/// tests of custom activities; it keeps nothing across a restart. Instances are copied in and out as their JSON state
/// (UTF-8 bytes), so a caller can never change stored state by accident.
/// </summary>
public sealed class InMemoryWorkflowStore : IWorkflowInstanceStore, IWorkflowDefinitionStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Row> _instances = [];
    private readonly Dictionary<Guid, Bookmark> _bookmarks = [];

    // The timer bookmarks' keys in due order, ties by id (the order the SQLite adapter's index gives): a simulation
    // asks for the next timer at every clock step, which sorted every bookmark each time.
    private readonly SortedSet<(DateTimeOffset? DueAt, Guid Id)> _timers = [];
    private readonly List<ExecutionLogEntry> _log = [];
    private readonly Dictionary<Guid, Incident> _incidents = [];
    private readonly Dictionary<(string Id, int Version), StoredDefinition> _definitions = [];

    /// <inheritdoc />
    public ValueTask<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(_instances.TryGetValue(instanceId, out var row) ? row.ToInstance() : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlySet<Guid>> FindExistingAsync(IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlySet<Guid>>(instanceIds.Where(_instances.ContainsKey).ToHashSet());
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Bookmark>> FindSignalBookmarksAsync(string name, string correlationKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Bookmark> found = [.. _bookmarks.Values.Where(b => b.Kind == BookmarkKind.Signal && b.Name == name && b.CorrelationKey == correlationKey)];
            return ValueTask.FromResult(found);
        }
    }

    /// <summary>
    /// Whether any instance waits for a signal of this name, whatever its correlation key: a simulation asks it at every
    /// clock step before looking for whom to answer (the screenings it decides, for one), which it can skip when none waits.
    /// </summary>
    public bool AnySignalWaits(string name)
    {
        lock (_gate)
        {
            foreach (var bookmark in _bookmarks.Values)
            {
                if (bookmark.Kind == BookmarkKind.Signal && bookmark.Name == name)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Bookmark>> FindDueTimersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Bookmark> due = [.. Timers().Where(b => b.DueAt <= dueBy).Take(limit)];
            return ValueTask.FromResult(due);
        }
    }

    /// <inheritdoc />
    public ValueTask<DateTimeOffset?> FindNextTimerDueAtAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(Timers().FirstOrDefault()?.DueAt);
        }
    }

    /// <inheritdoc />
    public ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        lock (_gate)
        {
            var exists = _instances.TryGetValue(commit.Instance.Id, out var current);
            if (commit.IsNew ? exists : current?.Version != commit.ExpectedVersion)
            {
                throw new ConcurrencyConflictException($"Instance {commit.Instance.Id} was changed by another step.");
            }

            _instances[commit.Instance.Id] = Row.From(commit.Instance);
            foreach (var removed in commit.RemovedBookmarks)
            {
                RemoveBookmark(removed.Id);
            }

            foreach (var bookmark in commit.AddedBookmarks)
            {
                RemoveBookmark(bookmark.Id);
                _bookmarks[bookmark.Id] = bookmark;
                if (bookmark.Kind == BookmarkKind.Timer)
                {
                    _timers.Add((bookmark.DueAt, bookmark.Id));
                }
            }

            _log.AddRange(commit.Log);
            foreach (var incident in commit.Incidents)
            {
                _incidents[incident.Id] = incident;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ExecutionLogEntry>> GetLogAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<ExecutionLogEntry> entries = [.. _log.Where(e => e.InstanceId == instanceId)];
            return ValueTask.FromResult(entries);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Incident>> GetIncidentsAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Incident> incidents = [.. _incidents.Values.Where(i => i.InstanceId == instanceId).OrderBy(i => i.At)];
            return ValueTask.FromResult(incidents);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<InstanceSummary>> ListAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_gate)
        {
            IReadOnlyList<InstanceSummary> rows = [.. _instances.Values
                .Where(r => (query.DefinitionId is null || r.DefinitionId == query.DefinitionId)
                    && (query.CorrelationId is null || r.CorrelationId == query.CorrelationId)
                    && (query.Status is null || r.Status == query.Status))
                .OrderByDescending(r => r.CreatedAt)
                .Take(query.Take)
                .Select(r => r.ToSummary())];
            return ValueTask.FromResult(rows);
        }
    }

    /// <inheritdoc />
    ValueTask<StoredDefinition?> IWorkflowDefinitionStore.FindAsync(string definitionId, int? version, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(version is { } v
                ? _definitions.GetValueOrDefault((definitionId, v))
                : _definitions.Values.Where(d => d.DefinitionId == definitionId).MaxBy(d => d.Version));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StoredDefinition>> ListVersionsAsync(string definitionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<StoredDefinition> versions = [.. _definitions.Values.Where(d => d.DefinitionId == definitionId).OrderBy(d => d.Version)];
            return ValueTask.FromResult(versions);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StoredDefinition>> ListLatestAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<StoredDefinition> latest = [.. _definitions.Values
                .GroupBy(d => d.DefinitionId)
                .Select(g => g.MaxBy(d => d.Version)!)
                .OrderBy(d => d.DefinitionId, StringComparer.Ordinal)];
            return ValueTask.FromResult(latest);
        }
    }

    /// <inheritdoc />
    public ValueTask AddVersionAsync(StoredDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        lock (_gate)
        {
            if (!_definitions.TryAdd((definition.DefinitionId, definition.Version), definition))
            {
                throw new ConcurrencyConflictException($"Version {definition.Version} of '{definition.DefinitionId}' exists already.");
            }
        }

        return ValueTask.CompletedTask;
    }

    private IEnumerable<Bookmark> Timers() => _timers.Select(t => _bookmarks[t.Id]);

    private void RemoveBookmark(Guid id)
    {
        if (_bookmarks.Remove(id, out var removed) && removed.Kind == BookmarkKind.Timer)
        {
            _timers.Remove((removed.DueAt, removed.Id));
        }
    }

    private sealed record Row(
        Guid Id,
        string DefinitionId,
        int DefinitionVersion,
        string? CorrelationId,
        WorkflowStatus Status,
        long Version,
        DateTimeOffset CreatedAt,
        DateTimeOffset UpdatedAt,
        DateTimeOffset? FinishedAt,
        byte[] State)
    {
        public static Row From(WorkflowInstance i) =>
            new(i.Id, i.DefinitionId, i.DefinitionVersion, i.CorrelationId, i.Status, i.Version, i.CreatedAt, i.UpdatedAt, i.FinishedAt, InstanceStateSerializer.SerializeToUtf8(i.State));

        public WorkflowInstance ToInstance() =>
            new(Id, DefinitionId, DefinitionVersion, CorrelationId, CreatedAt, InstanceStateSerializer.Deserialize(State))
            {
                Status = Status,
                Version = Version,
                UpdatedAt = UpdatedAt,
                FinishedAt = FinishedAt,
            };

        public InstanceSummary ToSummary() => new(Id, DefinitionId, DefinitionVersion, CorrelationId, Status, CreatedAt, UpdatedAt, FinishedAt);
    }
}
