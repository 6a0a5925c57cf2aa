using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// The invitations' rows and their e-mails: each made or resent with a new one-time token (only its hash is kept) in
/// the same transaction as its e-mail (<see cref="AccountStore"/>); claimed once at acceptance.
/// </summary>
internal sealed class Invitations(AccountStore store, AccountMail mail, IOptions<AccountsOptions> options, TimeProvider clock)
{
    /// <summary>
    /// Makes an invitation and owes its e-mail; null (nothing done) when one to the address is pending and
    /// <paramref name="skipIfPending"/>, else a conflict naming <c>email</c>.
    /// </summary>
    public Task<Invitation?> CreateAsync(Invitation draft, bool skipIfPending, string? actor, CancellationToken cancellationToken) =>
        store.WriteAsync((identity, domain) => AddAsync(identity, domain, draft, skipIfPending, actor, cancellationToken), cancellationToken);

    /// <summary>
    /// Adds an invitation and its e-mail to a transaction someone else commits (both contexts share it: an account
    /// transaction, or a cohort's creation); null (nothing added) when one to the address is pending and
    /// <paramref name="skipIfPending"/>, else a conflict naming <c>email</c>. The caller saves both contexts.
    /// </summary>
    public async Task<Invitation?> AddAsync(CohortsIdentityDbContext identity, CohortsDbContext domain, Invitation draft, bool skipIfPending, string? actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pending = await identity.Invitations.AsNoTracking()
            .AnyAsync(i => EF.Functions.Collate(i.Email, "NOCASE") == draft.Email && i.AcceptedAt == null && i.ExpiresAt > now, cancellationToken);
        if (pending)
        {
            return skipIfPending ? null : throw DomainRuleException.RecordedAlready("email", AccountMessages.EmailInvited);
        }

        var token = SecretTokens.New();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(now),
            Email = draft.Email,
            Role = draft.Role,
            DisplayName = draft.DisplayName,
            Language = draft.Language,
            ProgrammeIds = draft.ProgrammeIds,
            Cohort = draft.Cohort,
            InvitedById = draft.InvitedById,
            InvitedByName = draft.InvitedByName,
            CreatedAt = now,
            TokenHash = SecretTokens.Hash(token),
            ExpiresAt = now + options.Value.InvitationLifetime,
        };
        identity.Invitations.Add(invitation);
        await MailOutbox.AddAsync(domain, AccountMail.InvitationKey(invitation), AccountMail.InvitationKind, invitation.Email, mail.Invitation(invitation, token), now, cancellationToken);
        AuditLog.Add(domain, now, actor, AuditActions.Invited, subjectId: invitation.Id.ToString(), data: new JsonObject { ["email"] = invitation.Email, ["role"] = invitation.Role });
        return invitation;
    }

    /// <summary>Sends a pending invitation again: a new token (the previous link stops working), a new expiry, a new e-mail.</summary>
    public Task<Invitation> ResendAsync(Guid id, string? actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return store.WriteAsync(
            async (identity, domain) =>
            {
                var invitation = await identity.Invitations.SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
                    ?? throw DomainRuleException.NotFound("id", "invitation", id);
                if (invitation.AcceptedAt is not null)
                {
                    throw DomainRuleException.RecordedAlready("id", AccountMessages.InvitationUsed);
                }

                var token = SecretTokens.New();
                invitation.TokenHash = SecretTokens.Hash(token);
                invitation.ExpiresAt = now + options.Value.InvitationLifetime;
                invitation.Sendings++;
                await MailOutbox.AddAsync(domain, AccountMail.InvitationKey(invitation), AccountMail.InvitationKind, invitation.Email, mail.Invitation(invitation, token), now, cancellationToken);
                AuditLog.Add(domain, now, actor, AuditActions.InvitationResent, subjectId: invitation.Id.ToString(), data: new JsonObject { ["email"] = invitation.Email, ["sendings"] = invitation.Sendings });
                return invitation;
            },
            cancellationToken);
    }

    /// <summary>
    /// Cancels a pending invitation: it and any earlier one to the same address not accepted are deleted, so no link
    /// sent to that address opens an account any more, with their e-mails not sent yet. The audit log keeps who
    /// cancelled it.
    /// </summary>
    public Task<Invitation> CancelAsync(Guid id, string? actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return store.WriteAsync(
            async (identity, domain) =>
            {
                var invitation = await identity.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
                    ?? throw DomainRuleException.NotFound("id", "invitation", id);
                if (invitation.AcceptedAt is not null)
                {
                    throw DomainRuleException.RecordedAlready("id", AccountMessages.InvitationAcceptedAlready);
                }

                var cancelled = identity.Invitations
                    .Where(i => EF.Functions.Collate(i.Email, "NOCASE") == invitation.Email && i.AcceptedAt == null);
                var prefixes = (await cancelled.Select(i => i.Id).ToListAsync(cancellationToken)).Select(AccountMail.InvitationKeyPrefix).ToList();
                await cancelled.ExecuteDeleteAsync(cancellationToken);

                // An e-mail not sent yet (the mail server down since) is not sent at all.
                foreach (var prefix in prefixes)
                {
                    await domain.OutgoingMessages
                        .Where(m => m.Kind == AccountMail.InvitationKind && m.SentAt == null && m.Key.StartsWith(prefix))
                        .ExecuteDeleteAsync(cancellationToken);
                }

                AuditLog.Add(domain, now, actor, AuditActions.InvitationCancelled, subjectId: invitation.Id.ToString(), data: new JsonObject { ["email"] = invitation.Email, ["role"] = invitation.Role });
                return invitation;
            },
            cancellationToken);
    }

    /// <summary>Finds the invitation of a token that can be accepted now; refuses, naming <c>token</c>, one that cannot.</summary>
    public async Task<Invitation> FindAcceptableAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 200)
        {
            throw new DomainRuleException("token", AccountMessages.InvitationInvalid);
        }

        var hash = SecretTokens.Hash(token.Trim());
        var invitation = await store.ReadAsync(db => db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken), cancellationToken)
            ?? throw new DomainRuleException("token", AccountMessages.InvitationInvalid);
        if (invitation.AcceptedAt is not null)
        {
            throw new DomainRuleException("token", AccountMessages.InvitationUsed);
        }

        return invitation.ExpiresAt <= clock.GetUtcNow()
            ? throw new DomainRuleException("token", AccountMessages.InvitationExpired)
            : invitation;
    }

    /// <summary>
    /// Claims the invitation for its acceptance, in the caller's transaction (of two acceptances at once, one wins);
    /// refuses, naming <c>token</c>, when it cannot.
    /// </summary>
    public async Task ClaimAsync(CohortsIdentityDbContext identity, Invitation invitation, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimed = await identity.Invitations
            .Where(i => i.Id == invitation.Id && i.TokenHash == invitation.TokenHash && i.AcceptedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.AcceptedAt, now), cancellationToken);
        if (claimed != 1)
        {
            throw new DomainRuleException("token", AccountMessages.InvitationUsed);
        }
    }

    /// <summary>Records the account the invitation became, and a manager's programmes, in the caller's transaction.</summary>
    public static async Task CompleteAsync(CohortsIdentityDbContext identity, Invitation invitation, string userId, CancellationToken cancellationToken)
    {
        await identity.Invitations.Where(i => i.Id == invitation.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UserId, userId), cancellationToken);
        if (invitation.Role == CohortsRoles.Manager)
        {
            identity.ProgrammeManagers.AddRange(invitation.ProgrammeIdList.Select(id => new ProgrammeManager(id, userId)));
        }
    }

    /// <summary>Gets the invitations not accepted yet.</summary>
    public async Task<IReadOnlyList<InvitationView>> ListPendingAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pending = await store.ReadAsync(db => db.Invitations.AsNoTracking().Where(i => i.AcceptedAt == null).ToListAsync(cancellationToken), cancellationToken);

        // An address invited again after an expiry: only its latest invitation is shown.
        return [.. pending
            .GroupBy(i => i.Email, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.MaxBy(i => i.CreatedAt)!)
            .OrderBy(i => i.Email, StringComparer.OrdinalIgnoreCase)
            .Select(i => InvitationView.Of(i, now))];
    }
}
