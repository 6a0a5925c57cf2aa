using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cohorts.Host.Diagrams;

/// <summary>Registers what makes definitions readable: diagrams, history and diff, draft checks (one instance per request: they check the signed-in user's rights).</summary>
public static class DiagramsServiceCollectionExtensions
{
    /// <summary>Adds the definition diagrams, history, diff and draft checks.</summary>
    public static IServiceCollection AddCohortsDefinitionViews(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<ScheduleWords>();
        services.TryAddScoped<ActivityNames>();
        services.TryAddScoped<DiagramWords>();
        services.TryAddScoped<DiagramTreeBuilder>();
        services.TryAddScoped<DefinitionDiagrams>();
        services.TryAddScoped<DefinitionHistory>();
        services.TryAddScoped<DraftChecker>();
        services.TryAddSingleton<DefinitionSchemaDocument>();
        return services;
    }
}
