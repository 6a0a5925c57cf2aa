namespace Cohorts.Workflows.Portal;

/// <summary>
/// A company contact's personal way into the company portal (table PortalLinks): no password, a link whose token the
/// host derives from this row's id with the installation's key ring (so no secret is stored, and a copied database
/// does not open another installation's portals), valid until <see cref="ExpiresAt"/> unless revoked.
/// </summary>
public sealed class PortalLink
{
    /// <summary>How long a new link lasts.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    /// <summary>The longest address or actor stored.</summary>
    public const int MaxEmailLength = 256;

    /// <summary>Initializes a new instance of the <see cref="PortalLink"/> class.</summary>
    public PortalLink(Guid id, Guid companyId, string email, DateTimeOffset createdAt, DateTimeOffset expiresAt, string createdBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        Id = id;
        CompanyId = companyId;
        Email = email;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        CreatedBy = createdBy;
    }

    /// <summary>Gets the link's id (what its token protects).</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets the company whose portal it opens.</summary>
    public Guid CompanyId { get; private set; }

    /// <summary>Gets the contact it was sent to.</summary>
    public string Email { get; private set; }

    /// <summary>Gets when it was made.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Gets who made it (a manager, or <c>system</c> when a form request made it).</summary>
    public string CreatedBy { get; private set; }

    /// <summary>Gets when it stops opening the portal.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>Gets when it was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Gets who revoked it, if anyone did.</summary>
    public string? RevokedBy { get; private set; }

    /// <summary>Gets when it last opened the portal.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>Gets a value indicating whether it opens the portal at <paramref name="now"/>.</summary>
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>Revokes it (at once; a revoked link stays revoked).</summary>
    public void Revoke(DateTimeOffset at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (RevokedAt is null)
        {
            RevokedAt = at;
            RevokedBy = by;
        }
    }
}
