using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Workflows.Attachments;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Attachments;

/// <summary>
/// The folder of attached files and the one way from an <see cref="Attachment"/> to its file: a stored path is made by
/// the server and resolved under the folder, never outside it.
/// </summary>
public sealed class AttachmentFiles
{
    /// <summary>Initializes a new instance of the <see cref="AttachmentFiles"/> class.</summary>
    public AttachmentFiles(IOptions<AttachmentOptions> options, IOptions<SqliteWorkflowStoreOptions> sqlite)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sqlite);
        var configured = options.Value.Directory;
        Root = Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sqlite.Value.DatabasePath)) ?? ".", "attachments")
            : configured);
    }

    /// <summary>Gets the folder's full path.</summary>
    public string Root { get; }

    /// <summary>Gets the full path of a stored path (relative, under <see cref="Root"/>).</summary>
    /// <exception cref="InvalidOperationException">The path leaves the folder (a damaged row).</exception>
    public string FullPath(string storagePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storagePath);
        var full = Path.GetFullPath(Path.Combine(Root, storagePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Stored attachment path '{storagePath}' leaves the attachments folder.");
        }

        return full;
    }

    /// <summary>Opens a file attachment for reading, or returns null when it is a link or its file is gone.</summary>
    public Stream? OpenRead(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (attachment.StoragePath is not { } stored)
        {
            return null;
        }

        var path = FullPath(stored);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true) : null;
    }
}
