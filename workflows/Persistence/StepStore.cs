using Cohorts.Engine.Persistence;

namespace Cohorts.Workflows.Persistence;

/// <summary>The domain store as one workflow step sees it: its reads and writes go through the step's transaction.</summary>
/// <param name="store">The domain store.</param>
/// <param name="step">The step's unit of work.</param>
internal readonly struct StepStore(CohortsStore store, IStepTransaction step)
{
    /// <summary>Runs a query, seeing what the step wrote so far.</summary>
    public Task<T> ReadAsync<T>(Func<CohortsDbContext, Task<T>> query, CancellationToken cancellationToken) =>
        store.ReadAsync(step, query, cancellationToken);

    /// <summary>Runs reads and changes that commit with the step.</summary>
    public Task<T> WriteAsync<T>(Func<CohortsDbContext, Task<T>> work, CancellationToken cancellationToken) =>
        store.WriteAsync(step, work, cancellationToken);

    /// <summary>Runs reads and changes that commit with the step.</summary>
    public Task WriteAsync(Func<CohortsDbContext, Task> work, CancellationToken cancellationToken) =>
        store.WriteAsync(
            step,
            async db =>
            {
                await work(db);
                return true;
            },
            cancellationToken);
}
