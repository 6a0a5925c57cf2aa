using Cohorts.Host.Diagrams;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cohorts.Host.Manage;

/// <summary>Registers the programme manager's read models and services (one instance per request: they check the signed-in user's rights).</summary>
public static class ManageServiceCollectionExtensions
{
    /// <summary>Adds the manager's services.</summary>
    public static IServiceCollection AddCohortsManagement(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<ProgrammeReader>();
        services.TryAddScoped<JourneyMigrations>();
        services.TryAddScoped<IncidentVersions>();
        services.TryAddScoped<DefinitionEditor>();
        services.TryAddScoped<SimulationPreviewer>();
        services.TryAddSingleton<PreviewGate>();
        services.TryAddScoped<CohortReader>();
        services.TryAddScoped<CohortPlanner>();
        services.TryAddScoped<CompanyDecisions>();
        services.TryAddScoped<CompanyChanges>();
        services.TryAddScoped<CompanyPageReader>();
        services.TryAddScoped<Cohorts.Host.Coaching.SessionChanges>();
        services.TryAddScoped<Cohorts.Host.Coaching.SessionChangeActions>();
        services.TryAddScoped<InstanceSteps>();
        services.TryAddScoped<CohortBoardReader>();
        services.TryAddScoped<CoachHoursReader>();
        services.TryAddScoped<ManagerHomeReader>();
        services.TryAddScoped<InstanceReader>();
        services.TryAddSingleton<Cohorts.Host.Reporting.DomainDataVersion>();
        services.TryAddSingleton<Cohorts.Host.Reporting.ProgressCache>();
        services.TryAddSingleton<Cohorts.Host.Reporting.ProgressReader>();
        services.TryAddSingleton<CohortListCache>();
        services.AddSingleton<Memory.IReleasableMemory>(provider => provider.GetRequiredService<Cohorts.Host.Reporting.ProgressCache>());
        services.AddSingleton<Memory.IReleasableMemory>(provider => provider.GetRequiredService<CohortListCache>());
        services.AddCohortsDefinitionViews();
        return services;
    }
}
