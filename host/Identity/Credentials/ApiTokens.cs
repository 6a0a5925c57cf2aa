using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Identity.Credentials;

/// <summary>
/// The API's tokens: a bearer token (protected by the installation's keys, carrying the user's security stamp and
/// its family) and a refresh token (<see cref="RefreshTokenStore"/>), for a password or for the previous refresh token.
/// </summary>
internal sealed class ApiTokens(
    PasswordCheck passwords,
    AccountStanding standing,
    RefreshTokenStore refreshTokens,
    SignInManager<CohortsUser> signIn,
    IOptionsMonitor<BearerTokenOptions> bearer,
    TimeProvider clock)
{
    /// <summary>The claim naming the token family of a bearer token: a revoked family's bearer tokens are refused too.</summary>
    public const string FamilyClaimType = "cohorts:token_family";

    /// <summary>Signs in: tokens in a new family, or null (the same null whatever went wrong).</summary>
    public async Task<AccessTokenResponse?> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await passwords.CheckAsync(email, password);
        return user is null ? null : await IssueAsync(user, Guid.NewGuid(), cancellationToken);
    }

    /// <summary>Rotates: new tokens in the refresh token's family, or null when it is not valid (any more).</summary>
    public async Task<AccessTokenResponse?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        if (await refreshTokens.RedeemAsync(refreshToken, cancellationToken) is not { } redeemed
            || await signIn.UserManager.FindByIdAsync(redeemed.UserId) is not { } user
            || !string.Equals(await signIn.UserManager.GetSecurityStampAsync(user), redeemed.SecurityStamp, StringComparison.Ordinal)
            || !await standing.IsActiveAsync(user))
        {
            return null;
        }

        return await IssueAsync(user, redeemed.FamilyId, cancellationToken);
    }

    private async Task<AccessTokenResponse> IssueAsync(CohortsUser user, Guid familyId, CancellationToken cancellationToken)
    {
        var options = bearer.Get(IdentityConstants.BearerScheme);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(FamilyClaimType, familyId.ToString("N")));
        var properties = new AuthenticationProperties { ExpiresUtc = clock.GetUtcNow() + options.BearerTokenExpiration };
        var accessToken = options.BearerTokenProtector.Protect(new AuthenticationTicket(principal, properties, $"{IdentityConstants.BearerScheme}:AccessToken"));
        var stamp = await signIn.UserManager.GetSecurityStampAsync(user);
        var refreshToken = await refreshTokens.IssueAsync(user.Id, stamp, familyId, options.RefreshTokenExpiration, cancellationToken);
        return new AccessTokenResponse
        {
            AccessToken = accessToken,
            ExpiresIn = (long)options.BearerTokenExpiration.TotalSeconds,
            RefreshToken = refreshToken,
        };
    }
}
