using Microsoft.Extensions.Options;

namespace Cohorts.Host.Memory;

/// <summary>Checks <see cref="MemoryOptions"/>, naming each bad setting by its configuration key.</summary>
internal sealed class MemoryOptionsValidator : IValidateOptions<MemoryOptions>
{
    public ValidateOptionsResult Validate(string? name, MemoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (options.TrimWhenIdleFor != TimeSpan.Zero
            && (options.TrimWhenIdleFor < TimeSpan.FromSeconds(1) || options.TrimWhenIdleFor > MemoryOptions.MaxTrimWhenIdleFor))
        {
            failures.Add($"{MemoryOptions.SectionName}:{nameof(options.TrimWhenIdleFor)} must be 00:00:00 (never) or between 00:00:01 and 1.00:00:00, not {options.TrimWhenIdleFor}.");
        }

        if (options.TrimAboveMegabytes is < 1 or > 65_536)
        {
            failures.Add($"{MemoryOptions.SectionName}:{nameof(options.TrimAboveMegabytes)} must be between 1 and 65536, not {options.TrimAboveMegabytes}.");
        }

        if (options.MallocArenas is < 0 or > MemoryOptions.MaxMallocArenas)
        {
            failures.Add($"{MemoryOptions.SectionName}:{nameof(options.MallocArenas)} must be 0 (the C library's own rule) or between 1 and {MemoryOptions.MaxMallocArenas}, not {options.MallocArenas}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
