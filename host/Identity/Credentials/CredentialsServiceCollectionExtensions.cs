using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cohorts.Host.Identity.Credentials;

/// <summary>
/// Credentials that belong to one installation and end when the account says so: Data Protection keys in the
/// installation's database under an application name of its own; cookies and bearer tokens checked against the
/// account (security stamp, lockout) at most <see cref="CredentialLimits.RevocationDelay"/> apart; refresh tokens used
/// once each, a reuse revoking their family.
/// </summary>
internal static class CredentialsServiceCollectionExtensions
{
    /// <summary>Registers the credentials' services; call after Identity's own (it replaces the cookie's stamp validator).</summary>
    public static IServiceCollection AddCohortsCredentials(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<InstallationIdentity>();
        services.AddDataProtection().PersistKeysToDbContext<CohortsIdentityDbContext>();
        services.AddOptions<DataProtectionOptions>()
            .Configure<InstallationIdentity>((options, installation) => options.ApplicationDiscriminator = installation.ApplicationName);

        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = CredentialLimits.RevocationDelay);
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, options =>
        {
            options.BearerTokenExpiration = CredentialLimits.AccessTokenLifetime;
            options.RefreshTokenExpiration = CredentialLimits.RefreshTokenLifetime;
            options.Events.OnMessageReceived = BearerTokenCheck.OnMessageReceivedAsync;
        });
        services.AddScoped<ISecurityStampValidator, CohortsSecurityStampValidator>();

        services.AddSingleton<RecentCredentialChecks>();
        services.AddSingleton<BearerTickets>();
        services.AddSingleton<Memory.IReleasableMemory>(provider => provider.GetRequiredService<BearerTickets>());
        services.AddSingleton<RefreshTokenStore>();
        services.AddScoped<AccountStanding>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<BearerTokenCheck>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<AccountSessions>();
        return services;
    }
}
