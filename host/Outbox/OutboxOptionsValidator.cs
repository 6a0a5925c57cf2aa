using Microsoft.Extensions.Options;

namespace Cohorts.Host.Outbox;

/// <summary>Checks <see cref="OutboxOptions"/>, naming each bad setting by its configuration key.</summary>
internal sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.PollInterval < TimeSpan.FromSeconds(1) || options.PollInterval > OutboxOptions.MaxPollInterval)
        {
            return ValidateOptionsResult.Fail(
                $"{OutboxOptions.SectionName}:{nameof(options.PollInterval)} must be between 00:00:01 and 1.00:00:00, not {options.PollInterval}.");
        }

        return ValidateOptionsResult.Success;
    }
}
