using System.Text;
using Cohorts.Host.Attachments;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Cohorts.Host.Portal;

/// <summary>
/// The files a company's contact may download: documents shared with the company, and files the company sent with its
/// own answers. Streamed from the attachments folder with their stored type, as an attachment with a safe name.
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

        return TypedResults.Stream(stream, attachment.ContentType ?? "application/octet-stream", SafeName(attachment.Name));
    }

    /// <summary>A file name safe in a Content-Disposition header and on any disk: no path, no control or reserved characters.</summary>
    public static string SafeName(string name)
    {
        var plain = new StringBuilder();
        foreach (var c in Path.GetFileName(name ?? string.Empty))
        {
            plain.Append(char.IsControl(c) || "\"\\/:*?<>|;".Contains(c, StringComparison.Ordinal) ? '_' : c);
        }

        var result = plain.ToString().Trim().Trim('.');
        return result.Length == 0 ? "document" : result.Length > 150 ? result[..150] : result;
    }

    /// <summary>The header value the download carries (for tests and callers that set it themselves).</summary>
    public static string Disposition(string name) =>
        new ContentDispositionHeaderValue("attachment") { FileNameStar = SafeName(name) }.ToString();
}
