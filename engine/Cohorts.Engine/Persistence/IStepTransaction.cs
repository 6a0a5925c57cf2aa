namespace Cohorts.Engine.Persistence;

/// <summary>
/// A step's unit of work: begun by the store before the step runs (<see cref="IWorkflowInstanceStore.BeginStep"/>) and
/// committed with the step's own rows (<see cref="IWorkflowInstanceStore.CommitAsync(StepCommit, IStepTransaction, CancellationToken)"/>).
/// Activities that write rows of their own (a domain's company status, sessions, notifications) join it through
/// <see cref="Activities.ActivityContext.Transaction"/>, so that their rows and the step's instance, bookmarks and log
/// are one commit; disposing it uncommitted (a lost concurrency race, a crash, a cancelled step) writes none of them.
/// </summary>
/// <remarks>
/// What joining means is the store's: the SQLite adapter offers its open transaction; a store with nothing to offer
/// (the in-memory one of previews) returns <see cref="StepTransactions.None"/>, and its participants write on their own.
/// The engine only carries it from the store to the activities and back.
/// </remarks>
public interface IStepTransaction : IAsyncDisposable
{
    /// <summary>
    /// Gets a value indicating whether the step now holds the store's write path (a participant joined a transaction
    /// that makes other writers wait), so the runtime bounds how long it keeps it
    /// (<see cref="Runtime.StepBudgetOptions.MaxWritePathHold"/>). A store without one never holds it.
    /// </summary>
    bool HoldsWritePath => false;
}
