using Cohorts.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Manager;

/// <summary>An activity that faults its instance while its <see cref="GateSwitch"/> is closed: a cause a manager can fix, then retry.</summary>
[ActivityType("TestGate")]
public sealed class TestGate : Activity
{
    protected override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(context.Services.GetRequiredService<GateSwitch>().IsOpen
            ? ActivityResult.Complete()
            : ActivityResult.Fault("The gate is closed: the partner's registration service did not answer."));
    }
}
