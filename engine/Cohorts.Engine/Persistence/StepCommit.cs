using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Persistence;

/// <summary>Everything one step changes, written by <see cref="IWorkflowInstanceStore.CommitAsync"/> in one transaction.</summary>
/// <param name="Instance">The instance as the step left it; its <see cref="WorkflowInstance.Version"/> is the new version.</param>
/// <param name="ExpectedVersion">The version the step started from; the write fails when the stored row has another.</param>
/// <param name="IsNew">True when the step started the instance (an insert, not an update).</param>
/// <param name="AddedBookmarks">Bookmark rows to insert.</param>
/// <param name="RemovedBookmarks">Bookmark rows to delete (whole, so observers know which were timers).</param>
/// <param name="Log">Execution log entries to append.</param>
/// <param name="Incidents">Incidents to insert, or to update when one with the same id exists (resolved by a retry).</param>
public sealed record StepCommit(
    WorkflowInstance Instance,
    long ExpectedVersion,
    bool IsNew,
    IReadOnlyList<Bookmark> AddedBookmarks,
    IReadOnlyList<Bookmark> RemovedBookmarks,
    IReadOnlyList<ExecutionLogEntry> Log,
    IReadOnlyList<Incident> Incidents);
