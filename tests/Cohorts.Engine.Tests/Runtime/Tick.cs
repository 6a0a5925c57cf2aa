using Cohorts.Engine.Activities;
using Cohorts.Engine.EntityFrameworkCore.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Engine.Tests.Runtime;

/// <summary>A custom activity that takes time: it moves the host's fake clock forward, as a slow call would let real time pass.</summary>
[ActivityType("Tick")]
public sealed class Tick : Activity
{
    /// <summary>Gets how long the activity takes, in milliseconds.</summary>
    public int Milliseconds { get; init; } = 1_000;

    /// <summary>Gets a value indicating whether the activity first joins the step's transaction (as one writing rows does).</summary>
    public bool Writes { get; init; }

    protected internal override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Writes)
        {
            await ((SqliteStepTransaction)context.Transaction).JoinAsync(context.CancellationToken);
        }

        ((FakeTimeProvider)context.Services.GetRequiredService<TimeProvider>()).Advance(TimeSpan.FromMilliseconds(Milliseconds));
        return ActivityResult.Complete();
    }
}
