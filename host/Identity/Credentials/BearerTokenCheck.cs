using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Identity.Credentials;

/// <summary>
/// Checks a bearer token against its account on each request (at most every
/// <see cref="CredentialLimits.RevocationDelay"/>, <see cref="RecentCredentialChecks"/>): the security stamp in the
/// token is the user's, the account is neither locked nor deleted, and the token's family was not revoked.
/// </summary>
internal sealed class BearerTokenCheck(AccountStanding standing, RefreshTokenStore refreshTokens, RecentCredentialChecks recent)
{
    /// <summary>
    /// The bearer handler's first step: refuses a revoked token and accepts a current one that has not expired, so the
    /// token is read once a request at most (<see cref="BearerTickets"/>); an expired or unreadable one goes on to the
    /// handler, which refuses it.
    /// </summary>
    public static async Task OnMessageReceivedAsync(MessageReceivedContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var ticket = services.GetRequiredService<BearerTickets>().Read(authorization["Bearer ".Length..], context.Options.BearerTokenProtector);
        if (ticket is null)
        {
            return; // the handler refuses it
        }

        if (!await IsCurrentAsync(ticket.Principal, services, context.HttpContext.RequestAborted))
        {
            context.Fail("The token was revoked.");
            return;
        }

        // The handler's own test, with its clock: a token without an expiry or past it is refused there.
        var now = (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        if (ticket.Properties.ExpiresUtc is { } expires && now < expires)
        {
            context.Principal = ticket.Principal;
            context.Properties = ticket.Properties;
            context.Success();
        }
    }

    /// <summary>
    /// Answers whether the token's principal still stands. Credentials found good recently are trusted again without
    /// building the request's account services (the user manager and its stores: a tenth of a read's CPU).
    /// </summary>
    private static async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, IServiceProvider services, CancellationToken cancellationToken)
    {
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        var family = principal.FindFirstValue(ApiTokens.FamilyClaimType);
        if (userId is null || stamp is null || !Guid.TryParse(family, out var familyId))
        {
            return false;
        }

        return services.GetRequiredService<RecentCredentialChecks>().IsFresh(userId, stamp, family)
            || await services.GetRequiredService<BearerTokenCheck>().StandsAsync(principal, (userId, stamp, family), familyId, cancellationToken);
    }

    /// <summary>Reads the account and the token's family: whether they still stand (then remembered as good).</summary>
    private async Task<bool> StandsAsync(ClaimsPrincipal principal, (string UserId, string Stamp, string Family) credentials, Guid familyId, CancellationToken cancellationToken)
    {
        if (await standing.FindCurrentAsync(principal) is null || await refreshTokens.IsFamilyRevokedAsync(familyId, cancellationToken))
        {
            return false;
        }

        recent.Remember(credentials.UserId, credentials.Stamp, credentials.Family);
        return true;
    }
}
