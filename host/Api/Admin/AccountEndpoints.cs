using Cohorts.Host.Access;
using Cohorts.Host.Api.Manager;
using Cohorts.Host.Identity.Accounts;
using Cohorts.Host.Identity.Credentials;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cohorts.Host.Api.Admin;

/// <summary>
/// Accounts (administrators): list, invite, resend, cancel, deactivate, reactivate, programmes of a manager; and the
/// acceptance of an invitation (anyone with its link). Every action goes through <see cref="AccountService"/>.
/// </summary>
internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Accounts");
        users.MapGet("/", ListAsync)
            .RequireAuthorization(CohortsPolicies.Administrator)
            .WithSummary("Lists the accounts (roles, language, active or not, a manager's programmes) and the pending invitations.")
            .Problems(StatusCodes.Status403Forbidden);
        users.MapPost("/invitations", InviteAsync)
            .RequireAuthorization(CohortsPolicies.Administrator)
            .WithSummary("Invites a person with a role (manager, coach, funder, administrator): an e-mail with a one-time link that expires.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict);
        users.MapPost("/invitations/{id:guid}/resend", ResendAsync)
            .RequireAuthorization(CohortsPolicies.Administrator)
            .WithSummary("Sends a pending invitation again, with a new link (the previous one stops working) and a new expiry.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        users.MapDelete("/invitations/{id:guid}", CancelAsync)
            .RequireAuthorization(CohortsPolicies.Administrator)
            .WithSummary("Cancels a pending invitation: its link, and any earlier one sent to the same address, stop working.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        users.MapPost("/invitations/accept", AcceptAsync)
            .AllowAnonymous()
            .WithSummary("Accepts an invitation with its link's token: sets the person's name, password and language, and signs them in (bearer and refresh tokens).")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status409Conflict);
        users.MapPost("/{id}/deactivate", DeactivateAsync)
            .RequireAuthorization(CohortsPolicies.Administrator)
            .WithSummary("Deactivates an account: it cannot sign in, and its cookies, bearer and refresh tokens stop working.")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        users.MapPost("/{id}/reactivate", ReactivateAsync)
            .RequireAuthorization(CohortsPolicies.Administrator)
            .WithSummary("Reactivates a deactivated account: it can sign in again with its password.")
            .Problems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        users.MapPut("/{id}/programmes", SetProgrammesAsync)
            .RequireAuthorization(CohortsPolicies.Administrator)
            .WithSummary("Says which programmes a manager manages (exactly these).")
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<AccountList>> ListAsync(AccountService accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await accounts.ListAsync(cancellationToken));

    private static async Task<Created<InvitationView>> InviteAsync(InvitationRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        var invitation = await accounts.InviteAsync(request, cancellationToken);
        return TypedResults.Created($"/api/users/invitations/{invitation.Id}", invitation);
    }

    private static async Task<Ok<InvitationView>> ResendAsync(Guid id, AccountService accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await accounts.ResendInvitationAsync(id, cancellationToken));

    private static async Task<NoContent> CancelAsync(Guid id, AccountService accounts, CancellationToken cancellationToken)
    {
        await accounts.CancelInvitationAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<AccessTokenResponse>, ProblemHttpResult>> AcceptAsync(AcceptInvitationRequest request, AccountService accounts, ApiTokens tokens, CancellationToken cancellationToken)
    {
        var user = await accounts.AcceptInvitationAsync(request.Token, request.Name, request.Password, request.Language, cancellationToken);
        return await tokens.SignInAsync(user.Email!, request.Password!, cancellationToken) is { } signedIn
            ? TypedResults.Ok(signedIn)
            : TypedResults.Problem("The account was made but signing in failed: sign in again.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<NoContent> DeactivateAsync(string id, AccountService accounts, CancellationToken cancellationToken)
    {
        await accounts.DeactivateAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReactivateAsync(string id, AccountService accounts, CancellationToken cancellationToken)
    {
        await accounts.ReactivateAsync(id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SetProgrammesAsync(string id, ManagedProgrammesRequest request, AccountService accounts, CancellationToken cancellationToken)
    {
        // The list is the whole answer: null (or left out) would take every programme away without a word.
        _ = request.ProgrammeIds ?? throw new DomainRuleException("programmeIds", "List the programmes' ids (an empty list for none).");
        await accounts.SetManagedProgrammesAsync(id, request.ProgrammeIds, cancellationToken);
        return TypedResults.NoContent();
    }
}
