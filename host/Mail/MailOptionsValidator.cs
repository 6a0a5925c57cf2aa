using Microsoft.Extensions.Options;
using MimeKit;

namespace Cohorts.Host.Mail;

/// <summary>Checks <see cref="MailOptions"/>, naming each bad setting by its configuration key.</summary>
internal sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    private const string Section = MailOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!MailboxAddress.TryParse(options.FromAddress, out var from) || string.IsNullOrEmpty(from.Address) || !from.Address.Contains('@', StringComparison.Ordinal))
        {
            failures.Add($"{Section}:{nameof(options.FromAddress)} must be an e-mail address, not '{options.FromAddress}'.");
        }

        if (options.PollInterval < TimeSpan.FromSeconds(1) || options.PollInterval > TimeSpan.FromDays(1))
        {
            failures.Add($"{Section}:{nameof(options.PollInterval)} must be between 00:00:01 and 1.00:00:00, not {options.PollInterval}.");
        }

        if (options.Timeout < TimeSpan.FromSeconds(1) || options.Timeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{Section}:{nameof(options.Timeout)} must be between 00:00:01 and 00:10:00, not {options.Timeout}.");
        }

        if (options.UsesSmtp)
        {
            if (options.Port is < 1 or > 65535)
            {
                failures.Add($"{Section}:{nameof(options.Port)} must be a TCP port (1 to 65535), not {options.Port}.");
            }

            if (!Enum.IsDefined(options.Security))
            {
                failures.Add($"{Section}:{nameof(options.Security)} must be None, StartTls, SslOnConnect or Auto.");
            }

            if (string.IsNullOrEmpty(options.UserName) != string.IsNullOrEmpty(options.Password))
            {
                failures.Add($"{Section}:{nameof(options.UserName)} and {Section}:{nameof(options.Password)} go together: set both to authenticate, or neither.");
            }
        }
        else if (string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            failures.Add($"{Section}:{nameof(options.PickupDirectory)} is required without {Section}:{nameof(options.Host)}: the folder messages are written into.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
