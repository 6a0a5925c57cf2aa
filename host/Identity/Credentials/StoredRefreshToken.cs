namespace Cohorts.Host.Identity.Credentials;

/// <summary>
/// A refresh token as stored: its SHA-256 hash only (the token itself is given once, to the client), the family it
/// belongs to (every token rotated from one sign-in), and when it was used or revoked. Each token is used once; a
/// second use revokes the family (<see cref="RefreshTokenStore"/>).
/// </summary>
public sealed class StoredRefreshToken
{
    /// <summary>Gets the token's SHA-256 hash (64 hexadecimal digits).</summary>
    public required string TokenHash { get; init; }

    /// <summary>Gets the family: the first sign-in and every token rotated from it.</summary>
    public required Guid FamilyId { get; init; }

    /// <summary>Gets the user's id.</summary>
    public required string UserId { get; init; }

    /// <summary>Gets the user's security stamp when the token was given: a new stamp (sign-out everywhere, new password) revokes it.</summary>
    public required string SecurityStamp { get; init; }

    /// <summary>Gets when the token was given.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the token stops being accepted.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Gets when the token was used, if it was (once only).</summary>
    public DateTimeOffset? UsedAt { get; init; }

    /// <summary>Gets when the token's family was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; init; }
}
