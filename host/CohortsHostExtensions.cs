using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Host.Errors;
using Cohorts.Host.Health;
using Cohorts.Host.Scheduling;
using Cohorts.Workflows.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Cohorts.Host;

/// <summary>Wires the host: the engine and the cohort domain on their SQLite file, timers through Quartz, problem details, health checks.</summary>
public static class CohortsHostExtensions
{
    /// <summary>Registers the host's services from configuration.</summary>
    public static WebApplicationBuilder AddCohortsHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddExceptionHandler<CohortsExceptionHandler>();
        services.AddCohortsWorkflows();
        services.AddOptions<SqliteWorkflowStoreOptions>().BindConfiguration(SqliteWorkflowStoreOptions.SectionName);
        services.AddCohortsScheduling(builder.Configuration);

        // A context per health-check scope, from the engine's pooled factory, for the EF Core health check.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<WorkflowDbContext>>().CreateDbContext());
        services.AddHealthChecks()
            .AddDbContextCheck<WorkflowDbContext>("database")
            .AddQuartz(check => check.Name = "scheduler");
        return builder;
    }

    /// <summary>Migrates the database and maps the endpoints.</summary>
    public static async Task UseCohortsHostAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.MigrateCohortsAsync();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.WriteAsync });
        app.MapGet("/", () => TypedResults.Text("Cohorts is running. Health: /health"));
    }
}
