using Microsoft.Extensions.Options;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>Checks <see cref="AccountsOptions"/>, naming each bad setting by its configuration key.</summary>
internal sealed class AccountsOptionsValidator : IValidateOptions<AccountsOptions>
{
    public ValidateOptionsResult Validate(string? name, AccountsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.InvitationLifetime < TimeSpan.FromMinutes(5) || options.InvitationLifetime > AccountsOptions.MaxInvitationLifetime
            ? ValidateOptionsResult.Fail(
                $"{AccountsOptions.SectionName}:{nameof(options.InvitationLifetime)} must be between 00:05:00 and 90.00:00:00, not {options.InvitationLifetime}.")
            : ValidateOptionsResult.Success;
    }
}
