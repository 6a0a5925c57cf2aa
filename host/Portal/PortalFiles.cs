using Cohorts.Host.Attachments;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Portal;

/// <summary>
/// The files a company's contact may download: documents shared with the company, and files the company sent with its
/// own answers. Streamed from the attachments folder with their stored type, as an attachment with the safe name and
/// extension the staff's download gives (<see cref="AttachmentFileName"/>).
/// </summary>
public sealed class PortalFiles(IDbContextFactory<CohortsDbContext> domain, AttachmentFiles files)
{
    /// <summary>The company's file <paramref name="attachmentId"/> as a download, or null when it is not the company's to read (or has no file).</summary>
    public async Task<IResult?> DownloadAsync(Guid companyId, Guid attachmentId, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var attachment = await db.Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.CompanyId == companyId && a.RemovedAt == null, cancellationToken);
        if (attachment is null || !(attachment.SharedWithCompany || attachment.Owner == AttachmentOwner.FormAnswer) || files.OpenRead(attachment) is not { } stream)
        {
            return null;
        }

        return TypedResults.Stream(stream, attachment.ContentType ?? "application/octet-stream", AttachmentFileName.Of(attachment)); // the name the staff's download gives
    }
}
