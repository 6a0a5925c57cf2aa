using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Cohorts.Host.Tests.Scheduling;

/// <summary>Reaches into a running test host: the runtime, the store, the scheduler.</summary>
internal static class HostHarness
{
    public static WorkflowRuntime Runtime(this CohortsHostFactory factory) => factory.Services.GetRequiredService<WorkflowRuntime>();

    public static IWorkflowInstanceStore Store(this CohortsHostFactory factory) => factory.Services.GetRequiredService<IWorkflowInstanceStore>();

    public static async Task<IScheduler> SchedulerAsync(this CohortsHostFactory factory) =>
        await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public static async Task<WorkflowDefinition> PublishAsync(this CohortsHostFactory factory, Activity root, string id = "timers")
    {
        var registry = factory.Services.GetRequiredService<ActivityRegistry>();
        var definition = WorkflowBuilder.Create(id, "Timers").InTimeZone("Europe/Paris").WithRoot(root).Build(registry);
        return await factory.Services.GetRequiredService<WorkflowDefinitionCatalog>().PublishAsync(definition);
    }

    /// <summary>Waits (real time, bounded) for a background thread of the host to bring an instance to a status.</summary>
    public static async Task<WorkflowInstance> WaitForStatusAsync(this CohortsHostFactory factory, Guid instanceId, WorkflowStatus status)
    {
        return await Eventually.ValueAsync(async token =>
        {
            var instance = await factory.Runtime().GetInstanceAsync(instanceId, token);
            return instance.Status == status ? instance : null;
        });
    }

    public static async Task<int> CountLogAsync(this CohortsHostFactory factory, Guid instanceId, ExecutionEvent @event) =>
        (await factory.Store().GetLogAsync(instanceId, CancellationToken.None)).Count(e => e.Event == @event);

    /// <summary>The timers resumed in the whole database, in commit order (the execution log's row ids are assigned in commit order across instances).</summary>
    public static async Task<IReadOnlyList<(Guid InstanceId, string ActivityId)>> ResumedSequenceAsync(this CohortsHostFactory factory)
    {
        await using var context = await factory.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContextAsync();
        var resumed = await context.ExecutionLog
            .Where(e => e.Event == ExecutionEvent.ActivityResumed)
            .OrderBy(e => e.Id)
            .Select(e => new { e.InstanceId, e.ActivityId })
            .ToListAsync();
        return [.. resumed.Select(e => (e.InstanceId, e.ActivityId))];
    }
}
