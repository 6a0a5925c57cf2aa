using Microsoft.Extensions.Options;

namespace Cohorts.Host.Scheduling;

/// <summary>Checks <see cref="SchedulingOptions"/>, naming each bad setting by its configuration key.</summary>
internal sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
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

        if (options.ReconciliationInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{Section}:{nameof(options.ReconciliationInterval)} must be at least 00:00:01, not {options.ReconciliationInterval}.");
        }

        if (options.IdleWaitTime < TimeSpan.FromSeconds(1))
        {
            failures.Add($"{Section}:{nameof(options.IdleWaitTime)} must be at least 00:00:01 (a Quartz limit), not {options.IdleWaitTime}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
