namespace Cohorts.Host.Identity.Accounts;

/// <summary>An invitation as an administrator sees it.</summary>
/// <param name="Id">The invitation's id.</param>
/// <param name="Email">The address invited.</param>
/// <param name="Role">The role of the account to be.</param>
/// <param name="Name">The name proposed, if any.</param>
/// <param name="Language">The language of the e-mail.</param>
/// <param name="ProgrammeIds">The programmes a manager will manage.</param>
/// <param name="Cohort">The cohort the invitation comes with (a coach, funder or evaluator a manager added to it), if any.</param>
/// <param name="InvitedBy">Who invited.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ExpiresAt">When its link stops working.</param>
/// <param name="Expired">True when the link has expired (resend it).</param>
public sealed record InvitationView(
    Guid Id,
    string Email,
    string Role,
    string? Name,
    string Language,
    IReadOnlyList<string> ProgrammeIds,
    string? Cohort,
    string InvitedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    bool Expired)
{
    /// <summary>The view of a stored invitation at <paramref name="now"/>.</summary>
    public static InvitationView Of(Invitation invitation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return new(invitation.Id, invitation.Email, invitation.Role, invitation.DisplayName, invitation.Language, invitation.ProgrammeIdList, invitation.Cohort, invitation.InvitedByName, invitation.CreatedAt, invitation.ExpiresAt, invitation.ExpiresAt <= now);
    }
}
