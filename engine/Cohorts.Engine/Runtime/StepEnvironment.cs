using Cohorts.Engine.Activities;
using Cohorts.Engine.Expressions;

namespace Cohorts.Engine.Runtime;

/// <summary>What every step of a runtime shares: the instant of the step, services, expressions, id generation.</summary>
/// <param name="Now">The instant of the step.</param>
/// <param name="Services">The host's services, for custom activities.</param>
/// <param name="Evaluator">The expression evaluator.</param>
/// <param name="Registry">The activity registry (for type names in logs and incidents).</param>
/// <param name="NewId">Makes ids for bookmarks and incidents.</param>
internal sealed record StepEnvironment(
    DateTimeOffset Now,
    IServiceProvider Services,
    IExpressionEvaluator Evaluator,
    ActivityRegistry Registry,
    Func<Guid> NewId);
