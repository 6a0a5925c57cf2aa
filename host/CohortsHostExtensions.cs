using Cohorts.Engine.DependencyInjection;
using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Host.Errors;
using Cohorts.Host.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cohorts.Host;

/// <summary>Wires the host: the engine on its SQLite file, problem details, health checks.</summary>
public static class CohortsHostExtensions
{
    /// <summary>Registers the host's services from configuration.</summary>
    public static WebApplicationBuilder AddCohortsHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddExceptionHandler<CohortsExceptionHandler>();
        services.AddCohortsEngine();
        services.AddCohortsEngineSqlite();
        services.AddOptions<SqliteWorkflowStoreOptions>().BindConfiguration(SqliteWorkflowStoreOptions.SectionName);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", HealthStatus.Unhealthy, ["ready"]);
        return builder;
    }

    /// <summary>Migrates the database and maps the endpoints.</summary>
    public static async Task UseCohortsHostAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.MigrateCohortsEngineAsync();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync });
        app.MapGet("/", () => TypedResults.Text("Cohorts is running. Health: /health"));
    }
}
