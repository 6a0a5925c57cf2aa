namespace Cohorts.Host.Portal;

/// <summary>A document shared with the company: a stored file to download, or a link.</summary>
/// <param name="Id">The attachment's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="ContentType">A file's media type.</param>
/// <param name="Size">A file's size in bytes.</param>
/// <param name="Url">A link's address (null for a file).</param>
/// <param name="AddedAt">When it was shared.</param>
public sealed record PortalDocument(Guid Id, string Name, string? ContentType, long? Size, string? Url, DateTimeOffset AddedAt);
