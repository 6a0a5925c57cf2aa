using Cohorts.Workflows.Attachments;

namespace Cohorts.Host.Api.Attachments;

/// <summary>A file or link attached to a session, company, milestone or form answer.</summary>
/// <param name="Id">The attachment's id.</param>
/// <param name="Owner">What it belongs to: <c>session</c>, <c>company</c>, <c>milestone</c> or <c>formAnswer</c> (a form request).</param>
/// <param name="OwnerId">The owner's id.</param>
/// <param name="Name">The name shown.</param>
/// <param name="Kind"><c>file</c> or <c>link</c>.</param>
/// <param name="Url">A link's address (null for a file).</param>
/// <param name="ContentType">A file's content type (null for a link).</param>
/// <param name="Size">A file's size in bytes (null for a link).</param>
/// <param name="SharedWithCompany">Whether the company sees it on its portal.</param>
/// <param name="AddedAt">When it was added.</param>
/// <param name="AddedBy">Who added it.</param>
/// <param name="Download">Where to download it (<c>GET</c>): a file's bytes, or a link's metadata.</param>
public sealed record AttachmentResponse(
    Guid Id,
    string Owner,
    string OwnerId,
    string Name,
    string Kind,
    string? Url,
    string? ContentType,
    long? Size,
    bool SharedWithCompany,
    DateTimeOffset AddedAt,
    string AddedBy,
    string Download)
{
    /// <summary>The response for an attachment.</summary>
    public static AttachmentResponse Of(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var owner = attachment.Owner.ToString();
        return new(
            attachment.Id,
            string.Concat(char.ToLowerInvariant(owner[0]).ToString(), owner[1..]),
            attachment.OwnerId,
            attachment.Name,
            attachment.IsLink ? "link" : "file",
            attachment.Url,
            attachment.ContentType,
            attachment.Size,
            attachment.SharedWithCompany,
            attachment.AddedAt,
            attachment.AddedBy,
            $"/api/attachments/{attachment.Id}");
    }
}
