namespace Cohorts.Workflows.Attachments;

/// <summary>A file the host has written under the attachments folder, to be recorded.</summary>
/// <param name="StoragePath">Its path under the folder (made by the host, never from input).</param>
/// <param name="ContentType">Its content type, from <see cref="AttachmentLimits.ContentTypes"/>.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Sha256">Its SHA-256, hex.</param>
public sealed record StoredFile(string StoragePath, string ContentType, long Size, string Sha256);
