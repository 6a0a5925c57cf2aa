namespace Cohorts.Workflows.Attachments;

/// <summary>
/// A file or a link attached to a session, event, company, milestone or form answer (table Attachments): an
/// attendance sheet, slides, a conference recording, a shared transcript. A file's bytes live under the data folder
/// at <see cref="StoragePath"/>; a link has a <see cref="Url"/> instead. Those who may see the owner may see it; one
/// shared with the company also shows on its portal.
/// </summary>
public sealed class Attachment
{
    /// <summary>The longest display name stored.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The longest owner id stored.</summary>
    public const int MaxOwnerIdLength = 100;

    /// <summary>The longest content type stored.</summary>
    public const int MaxContentTypeLength = 100;

    /// <summary>The longest URL or storage path stored.</summary>
    public const int MaxUrlLength = 2_000;

    /// <summary>The longest "added by" stored.</summary>
    public const int MaxAddedByLength = 256;

    /// <summary>Initializes a new instance of the <see cref="Attachment"/> class.</summary>
    public Attachment(Guid id, AttachmentOwner owner, string ownerId, string name, DateTimeOffset addedAt, string addedBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(addedBy);
        Id = id;
        Owner = owner;
        OwnerId = ownerId;
        Name = name;
        AddedAt = addedAt;
        AddedBy = addedBy;
    }

    /// <summary>Gets the attachment's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets what kind of thing it belongs to.</summary>
    public AttachmentOwner Owner { get; private set; }

    /// <summary>Gets the owner's id (a session, company or milestone id, or a form request id), as text.</summary>
    public string OwnerId { get; private set; }

    /// <summary>Gets the cohort of the owner, for access and lists, when it has one.</summary>
    public Guid? CohortId { get; init; }

    /// <summary>Gets the company concerned, when one is (the owner itself, or the company of a milestone or answer).</summary>
    public Guid? CompanyId { get; init; }

    /// <summary>Gets the name shown (a file's name or a link's title).</summary>
    public string Name { get; private set; }

    /// <summary>Gets a link's address (https), or null for a file.</summary>
    public string? Url { get; init; }

    /// <summary>Gets a file's path under the data folder (relative, made by the server, never from input), or null for a link.</summary>
    public string? StoragePath { get; init; }

    /// <summary>Gets a file's content type, checked against the allowed list.</summary>
    public string? ContentType { get; init; }

    /// <summary>Gets a file's size in bytes.</summary>
    public long? Size { get; init; }

    /// <summary>Gets a file's SHA-256, hex.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Gets a value indicating whether the company concerned sees it on its portal.</summary>
    public bool SharedWithCompany { get; set; }

    /// <summary>Gets when it was added.</summary>
    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>Gets who added it.</summary>
    public string AddedBy { get; private set; }

    /// <summary>Gets when it was removed (kept for the audit trail, no longer listed or served), if it was.</summary>
    public DateTimeOffset? RemovedAt { get; set; }

    /// <summary>Gets a value indicating whether it is a link rather than a file.</summary>
    public bool IsLink => Url is not null;
}
