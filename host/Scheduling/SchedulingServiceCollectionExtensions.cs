using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Runtime;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;

namespace Cohorts.Host.Scheduling;

/// <summary>
/// Registers Quartz, the timer observer and the reconciliation. On SQLite, Quartz keeps its own file, for this host
/// alone; on PostgreSQL, its standard tables in the installation's database, clustered: every host is a node with its
/// own instance id, and each trigger fires on exactly one of them.
/// </summary>
internal static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddCohortsScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        // Quartz is configured at registration, so its settings are read and validated now (same messages as later).
        var options = configuration.GetSection(SchedulingOptions.SectionName).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var validator = new SchedulingOptionsValidator();
        var validation = validator.Validate(null, options);
        if (validation.Failed)
        {
            throw new OptionsValidationException(SchedulingOptions.SectionName, typeof(SchedulingOptions), validation.Failures);
        }

        var database = configuration.GetSection(CohortsDatabaseOptions.SectionName).Get<CohortsDatabaseOptions>() ?? new CohortsDatabaseOptions();
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulingOptions>>(validator);
        services.AddSingleton<TriggerDeferral>();
        services.AddSingleton<DueTimerSignal>();
        services.AddSingleton<IWorkflowCommitObserver, QuartzTimerObserver>();
        services.AddSingleton<TimerCatchUp>();
        services.AddSingleton<TimerReconciler>();

        // Hosted services start in registration order: the start-up catch-up, then the service that fires timers
        // created already due, then Quartz.
        services.AddHostedService<TimerReconciliationService>();
        services.AddHostedService<DueTimerService>();
        services.AddQuartz(quartz =>
        {
            quartz.UseDefaultThreadPool(options.ThreadCount);
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "cohorts";
                scheduler.IdleWaitTime = options.IdleWaitTime;
            });
            quartz.UsePersistentStore(store =>
            {
                if (database.Provider == CohortsDatabaseProvider.PostgreSql)
                {
                    UsePostgreSql(store, database.PostgreSql.ConnectionString, options.ClusterCheckinInterval);
                }
                else
                {
                    store.UseSqlite($"Data Source={Path.GetFullPath(options.DatabasePath)}");
                }

                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
            });
            quartz.AddJob<ResumeTimerJob>(job => job.WithIdentity(ResumeTimerJob.Key).StoreDurably().RequestRecovery());
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }

    /// <summary>
    /// Quartz's standard tables in the installation's PostgreSQL database, clustered. A method of its own, never
    /// inlined, so that compiling the store's configuration does not load PostgreSQL's client in a SQLite installation.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void UsePostgreSql(IPersistentStoreBuilder store, string connectionString, TimeSpan checkinInterval)
    {
        store.UsePostgres(NpgsqlFactory.Instance, connectionString);
        store.UseClustering(cluster => cluster.CheckinInterval = checkinInterval);
    }
}
