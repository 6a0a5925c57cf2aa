using Cohorts.Engine.Persistence;

namespace Cohorts.Engine.Runtime;

/// <summary>
/// Told after each committed step (e.g. the scheduler, to add and remove wake-ups for timer bookmarks). The database
/// is the source of truth: an observer that fails is logged and never undoes the step; a reconciliation puts it right.
/// </summary>
public interface IWorkflowCommitObserver
{
    /// <summary>Called after a step committed.</summary>
    ValueTask OnCommittedAsync(StepCommit commit, CancellationToken cancellationToken);
}
