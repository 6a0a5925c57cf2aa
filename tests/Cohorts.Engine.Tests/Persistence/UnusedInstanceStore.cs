using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>A store registered before the adapter, to show registration keeps it; never called.</summary>
internal sealed class UnusedInstanceStore : IWorkflowInstanceStore
{
    public ValueTask<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask<IReadOnlyList<Bookmark>> FindSignalBookmarksAsync(string name, string correlationKey, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask<IReadOnlyList<Bookmark>> FindDueTimersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask<DateTimeOffset?> FindNextTimerDueAtAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask<IReadOnlyList<ExecutionLogEntry>> GetLogAsync(Guid instanceId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask<IReadOnlyList<Incident>> GetIncidentsAsync(Guid instanceId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask<IReadOnlyList<InstanceSummary>> ListAsync(InstanceQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();
}
