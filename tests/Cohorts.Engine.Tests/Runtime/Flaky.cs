using Cohorts.Engine.Activities;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Engine.Tests.Runtime;

/// <summary>A custom activity that calls an outside service which throws while the host's <see cref="FlakySwitch"/> says it is down.</summary>
[ActivityType("Flaky")]
public sealed class Flaky : Activity
{
    /// <summary>The message of the exception thrown.</summary>
    public const string FailureMessage = "The coach directory did not answer.";

    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Services.GetRequiredService<FlakySwitch>().Attempt(context.CorrelationId)
            ? throw new InvalidOperationException(FailureMessage)
            : ValueTask.FromResult(ActivityResult.Complete());
    }
}
