using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Workflows.Tests.Support;

/// <summary>
/// The real instance store, with a hook after every successful commit and a way to make commits fail from the Nth on:
/// a process that dies in the middle of a launch, or a caller that goes away after so many instances.
/// </summary>
public sealed class InterruptingInstanceStore(IWorkflowInstanceStore inner) : IWorkflowInstanceStore
{
    private int _commits;

    /// <summary>Gets or sets the number of commits after which every commit fails (null: none fails).</summary>
    public int? FailAfter { get; set; }

    /// <summary>Gets or sets what to do after each successful commit, given how many there were.</summary>
    public Action<int>? AfterCommit { get; set; }

    /// <summary>Replaces the registered store with this one around it (call after AddCohortsWorkflows).</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IWorkflowInstanceStore));
        services.Remove(registered);
        services.AddSingleton(provider => new InterruptingInstanceStore((IWorkflowInstanceStore)registered.ImplementationFactory!(provider)));
        services.AddSingleton<IWorkflowInstanceStore>(provider => provider.GetRequiredService<InterruptingInstanceStore>());
    }

    public async ValueTask CommitAsync(StepCommit commit, CancellationToken cancellationToken)
    {
        if (_commits >= FailAfter)
        {
            throw new IOException("The process died.");
        }

        await inner.CommitAsync(commit, cancellationToken);
        var commits = Interlocked.Increment(ref _commits);
        AfterCommit?.Invoke(commits);
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
