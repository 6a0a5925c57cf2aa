using Cohorts.Engine.Activities;
using Cohorts.Engine.Expressions;

namespace Cohorts.Engine.Runtime;

/// <summary>Makes the <see cref="StepEnvironment"/> of each step from the host's services and clock.</summary>
/// <param name="registry">The activity registry.</param>
/// <param name="evaluator">The expression evaluator.</param>
/// <param name="timeProvider">The clock.</param>
/// <param name="services">The host's services.</param>
public sealed class StepEnvironmentFactory(
    ActivityRegistry registry,
    IExpressionEvaluator evaluator,
    TimeProvider timeProvider,
    IServiceProvider services)
{
    /// <summary>Gets the clock.</summary>
    public TimeProvider TimeProvider { get; } = timeProvider;

    internal StepEnvironment Create()
    {
        var now = TimeProvider.GetUtcNow();
        return new StepEnvironment(now, services, evaluator, registry, () => Guid.CreateVersion7(now));
    }
}
