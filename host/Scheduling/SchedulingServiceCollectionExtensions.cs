using Cohorts.Engine.Runtime;
using Microsoft.Extensions.Options;
using Quartz;

namespace Cohorts.Host.Scheduling;

/// <summary>Registers Quartz on its own SQLite file, the timer observer and the reconciliation.</summary>
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
                store.UseSqlite($"Data Source={Path.GetFullPath(options.DatabasePath)}");
                store.ProvisionSchema();
                store.UseSystemTextJsonSerializer();
            });
            quartz.AddJob<ResumeTimerJob>(job => job.WithIdentity(ResumeTimerJob.Key).StoreDurably());
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }
}
