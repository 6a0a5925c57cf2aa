using Cohorts.Host.Access;
using Cohorts.Host.Identity.Credentials;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>Registers the accounts: invitations, password resets, deactivation, <see cref="AccountService"/>.</summary>
internal static class AccountsServiceCollectionExtensions
{
    /// <summary>Adds the accounts' services, with their settings validated at start.</summary>
    public static IServiceCollection AddCohortsAccounts(this IServiceCollection services)
    {
        services.AddOptions<AccountsOptions>().BindConfiguration(AccountsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccountsOptions>, AccountsOptionsValidator>();
        services.AddSingleton<AccountStore>();
        services.AddSingleton<AccountMail>();
        services.AddScoped<Invitations>();
        services.AddScoped<PasswordResets>();
        services.AddScoped<AccountDirectory>();
        services.AddScoped<AccountTransaction>();
        services.AddScoped(provider => new AccountService(
            provider.GetRequiredService<UserAccess>(),
            provider.GetRequiredService<UserManager<CohortsUser>>(),
            provider.GetRequiredService<Invitations>(),
            provider.GetRequiredService<PasswordResets>(),
            provider.GetRequiredService<AccountSessions>(),
            provider.GetRequiredService<AccountDirectory>(),
            provider.GetRequiredService<AccountTransaction>(),
            provider.GetRequiredService<ILogger<AccountService>>()));
        return services;
    }
}
