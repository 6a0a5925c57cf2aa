using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Engine.EntityFrameworkCore;

/// <summary>Start-up helpers for the SQLite persistence adapter.</summary>
public static class CohortsEngineSqliteServiceProviderExtensions
{
    /// <summary>Applies the engine's migrations to its database file (see <see cref="WorkflowDatabase.MigrateAsync"/>).</summary>
    public static Task MigrateCohortsEngineAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<WorkflowDatabase>().MigrateAsync(cancellationToken);
    }
}
