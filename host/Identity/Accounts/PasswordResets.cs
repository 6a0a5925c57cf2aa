using System.Text.Json.Nodes;
using Cohorts.Host.Identity.Credentials;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// "Forgot my password": a link with Identity's password reset token (bound to the account's security stamp, so it
/// works once: the new password gives a new stamp), owed through the outbox. Asking never tells whether the address
/// has an account.
/// </summary>
internal sealed class PasswordResets(
    UserManager<CohortsUser> users,
    AccountStanding standing,
    AccountStore store,
    AccountMail mail,
    IOptions<DataProtectionTokenProviderOptions> tokens,
    TimeProvider clock)
{
    /// <summary>Owes a reset link to the address's account when there is one that may sign in; does nothing otherwise.</summary>
    /// <returns>The account's id when a link is owed (for the log), else null.</returns>
    public async Task<string?> RequestAsync(string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email) || await users.FindByEmailAsync(email.Trim()) is not { } user || !await standing.IsActiveAsync(user))
        {
            return null;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var now = clock.GetUtcNow();
        var data = mail.PasswordReset(user, token, now + tokens.Value.TokenLifespan);
        await store.WriteAsync(
            async (_, domain) =>
            {
                await MailOutbox.AddAsync(domain, AccountMail.PasswordResetKey(user.Id, now), AccountMail.PasswordResetKind, user.Email!, data, now, cancellationToken);
                AuditLog.Add(domain, now, user.Email, AuditActions.PasswordResetRequested, subjectId: user.Id, data: new JsonObject { ["email"] = user.Email });
                return true;
            },
            cancellationToken);
        return user.Id;
    }

    /// <summary>Sets a new password with a reset link's token; refuses a bad token (<c>token</c>) or a weak password (<c>password</c>).</summary>
    public async Task<CohortsUser> ResetAsync(string? userId, string? token, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) || await users.FindByIdAsync(userId) is not { } user || !await standing.IsActiveAsync(user))
        {
            throw new DomainRuleException("token", AccountMessages.ResetInvalid);
        }

        await AccountRules.RequireStrongPasswordAsync(users, user, password, describe: false);
        var result = await users.ResetPasswordAsync(user, token, password!);
        if (!result.Succeeded)
        {
            throw new DomainRuleException("token", AccountMessages.ResetInvalid);
        }

        await users.ResetAccessFailedCountAsync(user);
        return user;
    }
}
