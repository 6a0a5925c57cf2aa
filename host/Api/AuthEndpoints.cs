using System.Security.Claims;
using Cohorts.Host.Access;
using Cohorts.Host.Identity;
using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Identity.Credentials;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Cohorts.Host.Api;

/// <summary>
/// The API's sign-in: a bearer token for an e-mail address and password, its refresh (each refresh token once), sign-out
/// everywhere, and who is signed in. A refused sign-in says the same whatever the reason (<see cref="PasswordCheck"/>).
/// </summary>
internal static class AuthEndpoints
{
    private const string SignInFailed = "Sign-in failed";

    public static void MapAuthEndpoints(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Sign-in");
        auth.MapPost("/token", TokenAsync)
            .AllowAnonymous()
            .WithSummary("Signs in: answers a bearer token (send it as 'Authorization: Bearer ...') and a refresh token.");
        auth.MapPost("/refresh", RefreshAsync)
            .AllowAnonymous()
            .WithSummary("Answers a new bearer token and refresh token for the refresh token of an earlier sign-in; each refresh token works once.");
        auth.MapPost("/signout-everywhere", SignOutEverywhereAsync)
            .WithSummary("Signs out on every device: every bearer token, refresh token and sign-in cookie of the account stops working.");
        auth.MapPost("/forgot-password", ForgotPasswordAsync)
            .AllowAnonymous()
            .WithSummary("Sends a password reset link to the address's account, if there is one; the answer (202) is the same either way.");
        auth.MapPost("/reset-password", ResetPasswordAsync)
            .AllowAnonymous()
            .WithSummary("Sets a new password with a reset link's user and token (each link works once); the account's other sessions end.");
        api.MapGet("/me", MeAsync).WithTags("Sign-in").WithSummary("Who is signed in, and their programmes and cohorts.");
    }

    private static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> TokenAsync(TokenRequest request, ApiTokens tokens, Workflows.Audit.AuditTrail audit, CancellationToken cancellationToken)
    {
        if (await tokens.SignInAsync(request.Email, request.Password, cancellationToken) is { } response)
        {
            await audit.RecordAsync(request.Email.Trim(), Workflows.Audit.AuditActions.SignedIn, data: new() { ["method"] = "token" }, cancellationToken: CancellationToken.None);
            return TypedResults.Ok(response);
        }

        return TypedResults.Problem(
            "Wrong e-mail address or password (after too many failed attempts, signing in is refused for a while).",
            statusCode: StatusCodes.Status401Unauthorized,
            title: SignInFailed);
    }

    private static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> RefreshAsync(RefreshRequest request, ApiTokens tokens, CancellationToken cancellationToken) =>
        await tokens.RefreshAsync(request.RefreshToken, cancellationToken) is { } response
            ? TypedResults.Ok(response)
            : TypedResults.Problem(
                "The refresh token is not valid (expired, already used or revoked); sign in again.",
                statusCode: StatusCodes.Status401Unauthorized,
                title: SignInFailed);

    private static async Task<Accepted> ForgotPasswordAsync(Admin.ForgotPasswordRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        await accounts.RequestPasswordResetAsync(request.Email, cancellationToken);
        return TypedResults.Accepted((string?)null);
    }

    private static async Task<NoContent> ResetPasswordAsync(Admin.ResetPasswordRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        await accounts.ResetPasswordAsync(request.User, request.Token, request.Password, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SignOutEverywhereAsync(UserAccess access, UserManager<CohortsUser> users, AccountSessions sessions)
    {
        var user = await users.FindByIdAsync(access.UserId) ?? throw new AccessDeniedException("Sign in again.");
        await sessions.SignOutEverywhereAsync(user);
        return TypedResults.NoContent();
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
