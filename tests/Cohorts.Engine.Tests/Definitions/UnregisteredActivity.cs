using Cohorts.Engine.Activities;

namespace Cohorts.Engine.Tests.Definitions;

/// <summary>An activity type no registry knows.</summary>
public sealed class UnregisteredActivity : Activity
{
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Complete());
}
