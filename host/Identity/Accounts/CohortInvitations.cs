using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// The invitations a cohort's change owes the people it adds (a new cohort's coaches and funders, a round's
/// evaluators) who have no account: written by <see cref="WriteAsync"/> in the change's own transaction (an
/// <see cref="AlongsideWrite"/>), so that a process stopped at any instant leaves either the change with its
/// invitations and their e-mails, or neither. A person with an account or a pending invitation is left as they are.
/// </summary>
public sealed class CohortInvitations
{
    private readonly Invitations _invitations;
    private readonly IReadOnlyList<(Invitation Draft, string NormalizedEmail)> _drafts;
    private readonly string? _actor;
    private readonly ILogger _logger;
    private readonly List<Invitation> _made = [];

    internal CohortInvitations(Invitations invitations, IReadOnlyList<(Invitation Draft, string NormalizedEmail)> drafts, string? actor, ILogger logger)
    {
        _invitations = invitations;
        _drafts = drafts;
        _actor = actor;
        _logger = logger;
    }

    /// <summary>Gets how many invitations the last write made.</summary>
    public int Count => _made.Count;

    /// <summary>Adds the invitations and their e-mails to the change's transaction, through <paramref name="db"/>'s connection.</summary>
    public async Task WriteAsync(CohortsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        _made.Clear();
        if (_drafts.Count == 0)
        {
            return;
        }

        await using var identity = await JoinedIdentityContext.OpenAsync(db, cancellationToken);
        foreach (var (draft, normalizedEmail) in _drafts)
        {
            if (await identity.Users.AnyAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken))
            {
                continue;
            }

            if (await _invitations.AddAsync(identity, db, draft, skipIfPending: true, _actor, cancellationToken) is { } invitation)
            {
                _made.Add(invitation);
            }
        }

        await identity.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Logs the invitations made, once the change has committed.</summary>
    public void LogMade()
    {
        foreach (var invitation in _made)
        {
            AccountsLog.Invited(_logger, invitation.Id, invitation.Role, invitation.InvitedById ?? "-");
        }
    }
}
