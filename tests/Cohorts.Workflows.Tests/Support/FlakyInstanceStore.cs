using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Workflows.Tests.Support;

/// <summary>
/// The real instance store, except that the next commit can be made to fail: a lost concurrency race (the runtime
/// replays the step from a fresh load) or a crash (the step is lost; the caller tries again).
/// </summary>
public sealed class FlakyInstanceStore(IWorkflowInstanceStore inner) : IWorkflowInstanceStore
{
    private Exception? _nextCommitFailure;
    private Exception? _failureAfterNextCommit;

    /// <summary>Gets the number of commits made to fail.</summary>
    public int FailedCommits { get; private set; }

    /// <summary>Replaces the registered store with a flaky one around it (call after AddCohortsWorkflows).</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IWorkflowInstanceStore));
        services.Remove(registered);
        services.AddSingleton(provider => new FlakyInstanceStore((IWorkflowInstanceStore)registered.ImplementationFactory!(provider)));
        services.AddSingleton<IWorkflowInstanceStore>(provider => provider.GetRequiredService<FlakyInstanceStore>());
    }

    /// <summary>Makes the next commit throw.</summary>
    public void FailNextCommit(Exception failure) => _nextCommitFailure = failure;

    /// <summary>Makes the next commit succeed, then throw: a crash right after the step's commit, before its caller goes on.</summary>
    public void FailAfterNextCommit(Exception failure) => _failureAfterNextCommit = failure;

    /// <summary>Gets the number of steps committed.</summary>
    public int Commits { get; private set; }

    public IStepTransaction BeginStep() => inner.BeginStep();

    public ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken) =>
        CommitAsync(commit, StepTransactions.None, cancellationToken);

    /// <summary>
    /// Fails before the store writes the step's rows, after the step's activities wrote theirs in its transaction: the
    /// boundary a crash between the domain's writes and the engine's would cut.
    /// </summary>
    public async ValueTask CommitAsync(StepCommit commit, IStepTransaction transaction, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _nextCommitFailure, null) is { } failure)
        {
            FailedCommits++;
            throw failure;
        }

        Commits++;
        await inner.CommitAsync(commit, transaction, cancellationToken);
        if (Interlocked.Exchange(ref _failureAfterNextCommit, null) is { } after)
        {
            throw after;
        }
    }

    public ValueTask<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken) => inner.FindAsync(instanceId, cancellationToken);

    public ValueTask<IReadOnlyList<Bookmark>> FindSignalBookmarksAsync(string name, string correlationKey, CancellationToken cancellationToken) =>
        inner.FindSignalBookmarksAsync(name, correlationKey, cancellationToken);

    public ValueTask<IReadOnlyList<Bookmark>> FindDueTimersAsync(DateTimeOffset dueBy, int limit, CancellationToken cancellationToken) =>
        inner.FindDueTimersAsync(dueBy, limit, cancellationToken);

    public ValueTask<DateTimeOffset?> FindNextTimerDueAtAsync(CancellationToken cancellationToken) => inner.FindNextTimerDueAtAsync(cancellationToken);

    public ValueTask<IReadOnlyList<ExecutionLogEntry>> GetLogAsync(Guid instanceId, CancellationToken cancellationToken) => inner.GetLogAsync(instanceId, cancellationToken);

    public ValueTask<IReadOnlyList<Incident>> GetIncidentsAsync(Guid instanceId, CancellationToken cancellationToken) => inner.GetIncidentsAsync(instanceId, cancellationToken);

    public ValueTask<IReadOnlyList<InstanceSummary>> ListAsync(InstanceQuery query, CancellationToken cancellationToken) => inner.ListAsync(query, cancellationToken);
}
