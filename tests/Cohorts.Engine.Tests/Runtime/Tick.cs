using Cohorts.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Engine.Tests.Runtime;

/// <summary>A custom activity that takes time: it moves the host's fake clock forward, as a slow call would let real time pass.</summary>
[ActivityType("Tick")]
public sealed class Tick : Activity
{
    /// <summary>Gets how long the activity takes, in milliseconds.</summary>
    public int Milliseconds { get; init; } = 1_000;

    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ((FakeTimeProvider)context.Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromMilliseconds(Milliseconds));
        return ValueTask.FromResult(ActivityResult.Complete());
    }
}
