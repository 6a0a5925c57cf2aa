using Cohorts.Host.Attachments;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Portal;

/// <summary>
/// The files a company's contact may download: documents shared with the company or on a session that expects it, and
/// files the company sent with its own answers. Streamed from the attachments folder with their stored type, as an
/// attachment with the safe name and extension the staff's download gives (<see cref="AttachmentFileName"/>).
/// </summary>
public sealed class PortalFiles(IDbContextFactory<CohortsDbContext> domain, AttachmentFiles files)
{
    /// <summary>The company's file <paramref name="attachmentId"/> as a download, or null when it is not the company's to read (or has no file).</summary>
    public async Task<IResult?> DownloadAsync(Guid companyId, Guid attachmentId, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var attachment = await db.Attachments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.RemovedAt == null, cancellationToken);
        if (attachment is null || !await IsTheCompanysAsync(db, attachment, companyId, cancellationToken) || files.OpenRead(attachment) is not { } stream)
        {
            return null;
        }

        return TypedResults.Stream(stream, attachment.ContentType ?? "application/octet-stream", AttachmentFileName.Of(attachment)); // the name the staff's download gives
    }

    /// <summary>
    /// The company's own attachment shared with it or sent with its answers, or one shared on a session that expects it
    /// (as the portal lists them).
    /// </summary>
    private static async Task<bool> IsTheCompanysAsync(CohortsDbContext db, Attachment attachment, Guid companyId, CancellationToken cancellationToken)
    {
        if (attachment.CompanyId == companyId)
        {
            return attachment.SharedWithCompany || attachment.Owner == AttachmentOwner.FormAnswer;
        }

        if (attachment.CompanyId is not null || attachment.Owner != AttachmentOwner.Session || !attachment.SharedWithCompany || !Guid.TryParse(attachment.OwnerId, out var sessionId))
        {
            return false;
        }

        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        return session is not null && session.CompanyIds.Contains(companyId);
    }
}
