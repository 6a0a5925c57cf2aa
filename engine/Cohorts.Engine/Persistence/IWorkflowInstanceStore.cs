using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Persistence;

/// <summary>
/// Where instances, their bookmarks, execution logs and incidents live. The runtime reads through it and writes each
/// step through one <see cref="CommitAsync"/>: an adapter must make that call all or nothing (one transaction).
/// Bookmark rows exist only for instances that wait (status Suspended); a faulted instance's bookmarks stay in its
/// state and come back as rows when it is retried.
/// </summary>
public interface IWorkflowInstanceStore
{
    /// <summary>Loads an instance with its state, or null when there is none with that id.</summary>
    ValueTask<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>
    /// Which of these instances exist, read by their ids only (no state is loaded), in as few reads as the store can.
    /// The default loads each.
    /// </summary>
    async ValueTask<IReadOnlySet<Guid>> FindExistingAsync(IReadOnlyCollection<Guid> instanceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceIds);
        var existing = new HashSet<Guid>();
        foreach (var instanceId in instanceIds.Distinct())
        {
            if (await FindAsync(instanceId, cancellationToken) is not null)
            {
                existing.Add(instanceId);
            }
        }

        return existing;
    }

    /// <summary>Finds the signal bookmarks waiting for a signal name and correlation key (an indexed lookup).</summary>
    ValueTask<IReadOnlyList<Bookmark>> FindSignalBookmarksAsync(string name, string correlationKey, CancellationToken cancellationToken);

    /// <summary>
    /// Loads the instances that wait for a signal name and correlation key, in one read where the store can (the
    /// signal path's hot read: the runtime then needs no second read per instance, unless it loses a race). The
    /// default reads the bookmarks, then each instance.
    /// </summary>
    async ValueTask<IReadOnlyList<WorkflowInstance>> FindSignalTargetsAsync(string name, string correlationKey, CancellationToken cancellationToken)
    {
        var instances = new List<WorkflowInstance>();
        foreach (var instanceId in (await FindSignalBookmarksAsync(name, correlationKey, cancellationToken)).Select(b => b.InstanceId).Distinct())
        {
            if (await FindAsync(instanceId, cancellationToken) is { } instance)
            {
                instances.Add(instance);
            }
        }

        return instances;
    }

    /// <summary>Finds timer bookmarks due at or before an instant, earliest first (ties by id), at most <paramref name="limit"/>.</summary>
    ValueTask<IReadOnlyList<Bookmark>> FindDueTimersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken);

    /// <summary>Finds the earliest due instant of any timer bookmark, or null when no timer waits.</summary>
    ValueTask<DateTimeOffset?> FindNextTimerDueAtAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Begins the unit of work of a step about to run, which its activities may join (<see cref="IStepTransaction"/>).
    /// The default offers none: participants write on their own.
    /// </summary>
    IStepTransaction BeginStep() => StepTransactions.None;

    /// <summary>
    /// Writes one step in the step's unit of work, with whatever its participants wrote in it, and commits both at once.
    /// The default, for stores that offer no unit of work, is <see cref="CommitAsync(StepCommit, CancellationToken)"/>.
    /// </summary>
    /// <exception cref="Exceptions.ConcurrencyConflictException">Another step committed first; nothing was written.</exception>
    ValueTask CommitAsync(StepCommit commit, IStepTransaction transaction, CancellationToken cancellationToken) =>
        CommitAsync(commit, cancellationToken);

    /// <summary>
    /// Writes one step: inserts or updates the instance (checking <see cref="StepCommit.ExpectedVersion"/>), adds and
    /// removes bookmark rows, appends log entries and writes incidents, all in one transaction.
    /// </summary>
    /// <exception cref="Exceptions.ConcurrencyConflictException">Another step committed first; nothing was written.</exception>
    ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken);

    /// <summary>Reads an instance's execution log, oldest first.</summary>
    ValueTask<IReadOnlyList<ExecutionLogEntry>> GetLogAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>Reads an instance's incidents, oldest first.</summary>
    ValueTask<IReadOnlyList<Incident>> GetIncidentsAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>Lists instances (without their state) matching a query, newest first.</summary>
    ValueTask<IReadOnlyList<InstanceSummary>> ListAsync(InstanceQuery query, CancellationToken cancellationToken);
}
