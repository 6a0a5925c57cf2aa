using Cohorts.Workflows.Services;

namespace Cohorts.Host.Manage;

/// <summary>
/// Completes, at start, the cohort launches a stopped process left half done (a cohort marked launched whose
/// companies' instances were not all started): <see cref="CohortLauncher.ResumeLaunchesAsync"/> starts what is
/// missing, each start idempotent by its instance id (a company that joined the running cohort included). Registered
/// before the signal outbox's sweep, so that a signal a stopped process left finds the journeys it is for, and before
/// the timer reconciliation, which gives the timers of the instances it starts their triggers.
/// </summary>
/// <param name="launcher">The cohort launcher.</param>
/// <param name="logger">The log.</param>
internal sealed partial class LaunchRecoveryService(CohortLauncher launcher, ILogger<LaunchRecoveryService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var resumed = await launcher.ResumeLaunchesAsync(cancellationToken);
        foreach (var cohortId in resumed)
        {
            LaunchResumed(logger, cohortId);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "The launch of cohort {CohortId} was left half done; its missing instances are started")]
    private static partial void LaunchResumed(ILogger logger, Guid cohortId);
}
