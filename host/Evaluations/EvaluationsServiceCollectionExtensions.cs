using Cohorts.Host.Inbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cohorts.Host.Evaluations;

/// <summary>Registers applications and scored screening (one instance per request: they check the signed-in user's rights).</summary>
public static class EvaluationsServiceCollectionExtensions
{
    /// <summary>Adds the application calls, the rounds, the evaluators' work and their inbox's applications to score.</summary>
    public static IServiceCollection AddCohortsEvaluations(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<ApplicationCalls>();
        services.TryAddScoped<EvaluationRounds>();
        services.TryAddScoped<EvaluatorWork>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IInboxSource, ApplicationsToScoreSource>());
        return services;
    }
}
