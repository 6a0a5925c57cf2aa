using System.Security.Claims;
using Cohorts.Host.Access;
using Cohorts.Host.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Api;

/// <summary>The API's sign-in: a bearer token for an e-mail address and password, its refresh, and who is signed in.</summary>
internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Sign-in");
        auth.MapPost("/token", TokenAsync)
            .AllowAnonymous()
            .WithSummary("Signs in: answers a bearer token (send it as 'Authorization: Bearer ...') and a refresh token.");
        auth.MapPost("/refresh", RefreshAsync)
            .AllowAnonymous()
            .WithSummary("Answers a new bearer token for the refresh token of an earlier one.");
        api.MapGet("/me", MeAsync).WithTags("Sign-in").WithSummary("Who is signed in, and their programmes and cohorts.");
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> TokenAsync(TokenRequest request, SignInManager<CohortsUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return TypedResults.Empty; // the bearer handler has written the token
        }

        var detail = result.IsLockedOut ? "Too many failed attempts: the account is locked for a while." : "Wrong e-mail address or password.";
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request,
        SignInManager<CohortsUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearerOptions,
        TimeProvider clock)
    {
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires
            || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return TypedResults.Problem("The refresh token is not valid (expired or revoked); sign in again.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }

        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Ok<MeResponse>> MeAsync(UserAccess access, UserManager<CohortsUser> users, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(access.UserId) ?? throw new AccessDeniedException("Sign in again.");
        var roles = access.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return TypedResults.Ok(new MeResponse(
            access.Email,
            user.DisplayName,
            roles,
            [.. (await access.GetManagedProgrammeIdsAsync(cancellationToken)).Order(StringComparer.Ordinal)],
            [.. (await access.GetCoachRecordsAsync(cancellationToken)).Select(c => c.Id)],
            [.. (await access.GetFunderRecordsAsync(cancellationToken)).Select(f => f.Id)]));
    }
}
