using Cohorts.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Engine.Tests.Runtime;

/// <summary>A custom activity that records each of its executions in the <see cref="ProbeLog"/> of the host, then completes.</summary>
[ActivityType("Probe")]
public sealed class Probe : Activity
{
    /// <summary>Gets the label recorded.</summary>
    public string Label { get; init; } = "probe";

    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.GetRequiredService<ProbeLog>().Record(new ProbeHit(Label, context.CorrelationId, context.Now));
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
