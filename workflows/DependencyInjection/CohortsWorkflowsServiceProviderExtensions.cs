using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Workflows.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Workflows.DependencyInjection;

/// <summary>Start-up helpers for the cohort domain.</summary>
public static class CohortsWorkflowsServiceProviderExtensions
{
    /// <summary>
    /// Brings the database file up to date: the engine's migrations, then the domain's (each with its own history
    /// table). Idempotent; call it at start, before the first request.
    /// </summary>
    public static async Task MigrateCohortsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await services.MigrateCohortsEngineAsync(cancellationToken);
        await services.GetRequiredService<CohortsDatabase>().MigrateAsync(cancellationToken);
    }
}
