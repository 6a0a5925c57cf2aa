using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Identity.Credentials;

/// <summary>
/// The sign-in cookie's check, every <see cref="CredentialLimits.RevocationDelay"/>: Identity's security stamp, and
/// also the lockout (Identity's own check lets a locked account's cookie live on).
/// </summary>
internal sealed class CohortsSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<CohortsUser> signInManager,
    ILoggerFactory logger,
    AccountStanding standing) : SecurityStampValidator<CohortsUser>(options, signInManager, logger)
{
    /// <inheritdoc />
    protected override Task<CohortsUser?> VerifySecurityStamp(ClaimsPrincipal? principal) => standing.FindCurrentAsync(principal);
}
