using System.Security.Cryptography;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Attachments;

/// <summary>
/// Takes an uploaded file: checks its type (by extension and first bytes) and size while copying it under the
/// attachments folder at a path of the server's making, then records it through <see cref="AttachmentService"/>; a
/// refused file leaves nothing behind. A crash between the copy and the record leaves an unlisted file, never a row
/// without its file.
/// </summary>
public sealed class AttachmentUploader(AttachmentFiles files, AttachmentService attachments, TimeProvider time)
{
    /// <summary>Stores <paramref name="content"/> as <paramref name="fileName"/> and attaches it.</summary>
    /// <exception cref="DomainRuleException">
    /// The type is not taken or the bytes are not of that type (<c>file</c>); the file is empty or larger than
    /// <see cref="AttachmentLimits.MaxFileBytes"/> (<c>file</c>); or <see cref="AttachmentService.AddAsync"/> refuses it.
    /// </exception>
    public async Task<Attachment> SaveFileAsync(NewAttachment attachment, Stream content, string fileName, string addedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName ?? string.Empty).Trim();
        var contentType = AttachmentLimits.ContentTypeOf(name)
            ?? throw new DomainRuleException("file", $"Files of this type are not taken: send one of {string.Join(", ", AttachmentLimits.ContentTypes.Keys)}.");
        var now = time.GetUtcNow();
        var storagePath = Path.Combine(now.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), now.ToString("MM", System.Globalization.CultureInfo.InvariantCulture), $"{Guid.CreateVersion7(now):N}{Path.GetExtension(name).ToLowerInvariant()}");
        var path = files.FullPath(storagePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            var (size, sha256) = await CopyAsync(content, path, cancellationToken);
            if (size == 0)
            {
                throw new DomainRuleException("file", "The file is empty.");
            }

            if (!FileSignatures.Match(path, contentType))
            {
                throw new DomainRuleException("file", $"The file's content is not a {Path.GetExtension(name).TrimStart('.').ToUpperInvariant()} file.");
            }

            var named = attachment with { Name = string.IsNullOrWhiteSpace(attachment.Name) ? name : attachment.Name };
            return await attachments.AddAsync(named, new StoredFile(storagePath, contentType, size, sha256), null, addedBy, cancellationToken);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static async Task<(long Size, string Sha256)> CopyAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        var buffer = new byte[64 * 1024];
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > AttachmentLimits.MaxFileBytes)
            {
                throw new DomainRuleException("file", $"A file has at most {AttachmentLimits.MaxFileBytes / (1024 * 1024)} MB.");
            }

            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        await target.FlushAsync(cancellationToken);
        target.Flush(flushToDisk: true);
        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
