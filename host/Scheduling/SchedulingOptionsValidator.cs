using Microsoft.Extensions.Options;

namespace Cohorts.Host.Scheduling;

/// <summary>Checks <see cref="SchedulingOptions"/>, naming each bad setting by its configuration key.</summary>
internal sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    /// <summary>
    /// The longest reconciliation interval: PeriodicTimer (like every .NET timer) takes at most 2^32 - 2 milliseconds,
    /// about 49.7 days, and throws at start beyond it.
    /// </summary>
    public static readonly TimeSpan MaxReconciliationInterval = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = SchedulingOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            failures.Add($"{Section}:{nameof(options.DatabasePath)} is required: the path of the scheduler's SQLite file.");
        }

        if (options.ThreadCount is < 1 or > 64)
        {
            failures.Add($"{Section}:{nameof(options.ThreadCount)} must be between 1 and 64, not {options.ThreadCount}.");
        }

        if (options.ReconciliationInterval < TimeSpan.FromSeconds(1) || options.ReconciliationInterval > MaxReconciliationInterval)
        {
            failures.Add($"{Section}:{nameof(options.ReconciliationInterval)} must be between 00:00:01 and {MaxReconciliationInterval} (a .NET timer limit), not {options.ReconciliationInterval}.");
        }

        if (options.IdleWaitTime < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{Section}:{nameof(options.IdleWaitTime)} must be at least 00:00:01 (a Quartz limit), not {options.IdleWaitTime}.");
        }

        if (options.ClusterCheckinInterval < TimeSpan.FromSeconds(1) || options.ClusterCheckinInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{Section}:{nameof(options.ClusterCheckinInterval)} must be between 00:00:01 and 00:05:00, not {options.ClusterCheckinInterval}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
