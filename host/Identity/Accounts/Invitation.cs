namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// An invitation to open an account with a role: a link with a one-time token (stored as its SHA-256 hash only) that
/// expires (<see cref="AccountsOptions.InvitationLifetime"/>). Accepting it creates the account; resending it gives a
/// new token (the previous link stops working) and a new expiry.
/// </summary>
public sealed class Invitation
{
    /// <summary>The longest e-mail address.</summary>
    public const int MaxEmailLength = 254;

    /// <summary>The longest name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The most characters of <see cref="ProgrammeIds"/>, commas included (its column's length).</summary>
    public const int MaxProgrammeIdsLength = 2000;

    /// <summary>Gets the invitation's id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Gets the address invited (the account's sign-in name once accepted).</summary>
    public required string Email { get; init; }

    /// <summary>Gets the role the account will have (<see cref="CohortsRoles"/>).</summary>
    public required string Role { get; init; }

    /// <summary>Gets the name the inviter gave, proposed to the person (who may change it).</summary>
    public string? DisplayName { get; init; }

    /// <summary>Gets the language of the invitation e-mail and of the account until the person chooses.</summary>
    public required string Language { get; init; }

    /// <summary>Gets the programmes a manager will manage, comma-separated (empty for other roles).</summary>
    public string ProgrammeIds { get; init; } = string.Empty;

    /// <summary>
    /// Gets the name of the cohort the invitation comes with (a coach, funder or evaluator a manager added to it), as
    /// its e-mail and the acceptance page name it; null for an invitation from Administration.
    /// </summary>
    public string? Cohort { get; init; }

    /// <summary>Gets who invited: their user id (null for the command line or the system).</summary>
    public string? InvitedById { get; init; }

    /// <summary>Gets who invited, as the e-mail names them.</summary>
    public required string InvitedByName { get; init; }

    /// <summary>Gets when the invitation was made.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets or sets the current token's SHA-256 hash (64 hexadecimal digits).</summary>
    public required string TokenHash { get; set; }

    /// <summary>Gets or sets when the current token stops being accepted.</summary>
    public required DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Gets or sets how many times the invitation was sent (the first sending included).</summary>
    public int Sendings { get; set; } = 1;

    /// <summary>Gets or sets when it was accepted (null while pending).</summary>
    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>Gets or sets the account it became.</summary>
    public string? UserId { get; set; }

    /// <summary>Gets the programmes as a list.</summary>
    public IReadOnlyList<string> ProgrammeIdList =>
        ProgrammeIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Answers whether it waits for its acceptance at <paramref name="now"/> (not accepted, not expired).</summary>
    public bool IsPendingAt(DateTimeOffset now) => AcceptedAt is null && ExpiresAt > now;
}
