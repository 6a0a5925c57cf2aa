using Cohorts.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Engine.Tests.Runtime;

/// <summary>A custom activity that waits at the host's <see cref="GateKeeper"/> (in memory, inside the step) before completing.</summary>
[ActivityType("Gate")]
public sealed class Gate : Activity
{
    protected internal override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.Services.GetRequiredService<GateKeeper>().PassAsync(context.CancellationToken);
        return ActivityResult.Complete();
    }
}
