using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Expressions;
using Cohorts.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cohorts.Engine.DependencyInjection;

/// <summary>Registers the engine. A store must be registered too (the SQLite adapter, or the in-memory one).</summary>
public static class CohortsEngineServiceCollectionExtensions
{
    /// <summary>Adds the runtime, the definition catalog, the activity registry and JavaScript expressions.</summary>
    public static IServiceCollection AddCohortsEngine(this IServiceCollection services, Action<WorkflowRuntimeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new WorkflowRuntimeOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IExpressionEvaluator, JintExpressionEvaluator>();
        services.TryAddSingleton(sp =>
        {
            var registry = new ActivityRegistry();
            foreach (var registration in sp.GetServices<ActivityTypeRegistration>())
            {
                registry.Register(registration.Type);
            }

            return registry;
        });
        services.TryAddSingleton<DefinitionSerializer>();
        services.TryAddSingleton<WorkflowDefinitionCatalog>();
        services.TryAddSingleton<StepEnvironmentFactory>();
        services.TryAddSingleton<WorkflowRuntime>();
        return services;
    }

    /// <summary>Registers a custom activity type, so definitions can use it by its type name.</summary>
    public static IServiceCollection AddCohortsActivity<TActivity>(this IServiceCollection services)
        where TActivity : Activity
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new ActivityTypeRegistration(typeof(TActivity)));
        return services;
    }
}
