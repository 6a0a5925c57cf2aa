using Cohorts.Host.Access;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Attachments;

/// <summary>
/// The attachment commands the API and the pages share: each checks the user's right on the owner
/// (<see cref="UserAccess.RequireAttachmentOwnerAsync"/>) before it reads, adds or removes anything.
/// </summary>
public sealed class AttachmentActions(UserAccess access, AttachmentUploader uploader, AttachmentService attachments, AttachmentFiles files)
{
    /// <summary>Lists what a thing holds, if the user may see it.</summary>
    public async Task<IReadOnlyList<Attachment>> ListAsync(AttachmentOwner owner, string ownerId, CancellationToken cancellationToken = default)
    {
        await access.RequireAttachmentOwnerAsync(owner, ownerId, change: false, cancellationToken);
        return await attachments.ListAsync(owner, ownerId, cancellationToken);
    }

    /// <summary>Whether the user may add to and remove from a thing (false when they may not, or it does not exist).</summary>
    public async Task<bool> CanChangeAsync(AttachmentOwner owner, string ownerId, CancellationToken cancellationToken = default)
    {
        try
        {
            await access.RequireAttachmentOwnerAsync(owner, ownerId, change: true, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is AccessDeniedException or DomainRuleException)
        {
            return false;
        }
    }

    /// <summary>Stores and attaches a file (nothing is left on disk when it is refused).</summary>
    public async Task<Attachment> AddFileAsync(NewAttachment attachment, Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        await access.RequireAttachmentOwnerAsync(attachment.Owner, attachment.OwnerId, change: true, cancellationToken);
        return await uploader.SaveFileAsync(attachment, content, fileName, access.Email, cancellationToken);
    }

    /// <summary>Attaches a link; an empty name is the address itself.</summary>
    public async Task<Attachment> AddLinkAsync(NewAttachment attachment, string? url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        await access.RequireAttachmentOwnerAsync(attachment.Owner, attachment.OwnerId, change: true, cancellationToken);
        if (string.IsNullOrWhiteSpace(url))
        {
            throw new DomainRuleException("url", "A link needs its address (https://…).");
        }

        var named = string.IsNullOrWhiteSpace(attachment.Name) ? attachment with { Name = url.Trim() } : attachment;
        return await attachments.AddAsync(named, null, url, access.Email, cancellationToken);
    }

    /// <summary>Reads an attachment the user may see.</summary>
    public async Task<Attachment> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var attachment = await attachments.GetAsync(id, cancellationToken);
        await access.RequireAttachmentOwnerAsync(attachment.Owner, attachment.OwnerId, change: false, cancellationToken);
        return attachment;
    }

    /// <summary>Removes an attachment (audited) and deletes its file.</summary>
    public async Task<Attachment> RemoveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var attachment = await attachments.GetAsync(id, cancellationToken);
        await access.RequireAttachmentOwnerAsync(attachment.Owner, attachment.OwnerId, change: true, cancellationToken);
        var removed = await attachments.RemoveAsync(id, access.Email, cancellationToken);
        if (removed.StoragePath is { } stored)
        {
            // The row is removed already: a file that cannot be deleted now is unlisted and never served again.
            try
            {
                File.Delete(files.FullPath(stored));
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return removed;
    }
}
