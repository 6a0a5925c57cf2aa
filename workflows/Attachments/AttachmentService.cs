using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Attachments;

/// <summary>
/// Records files and links attached to sessions, events, companies, milestones and form answers, with their audit
/// entry, in one transaction; finds the owner's cohort and company itself (never from input). Who may attach to or
/// see which thing is the caller's to check (the host's <c>UserAccess</c>, or the portal link).
/// </summary>
public sealed class AttachmentService
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal AttachmentService(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Records a file the host stored (<paramref name="file"/>) or a link (<paramref name="url"/>): exactly one of them.</summary>
    /// <exception cref="DomainRuleException">
    /// The owner does not exist (404); the name is empty or too long; the link is not an absolute http(s) address or is
    /// too long; the owner holds <see cref="AttachmentLimits.MaxPerOwner"/> already.
    /// </exception>
    public Task<Attachment> AddAsync(NewAttachment attachment, StoredFile? file, string? url, string addedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        ArgumentException.ThrowIfNullOrWhiteSpace(addedBy);
        if ((file is null) == (url is null))
        {
            throw new ArgumentException("An attachment is a file or a link: give exactly one.", nameof(url));
        }

        var problems = new Problems();
        problems.Required("name", attachment.Name, "A name");
        if (attachment.Name?.Trim().Length > Attachment.MaxNameLength)
        {
            problems.Add("name", $"A name has at most {Attachment.MaxNameLength} characters.");
        }
        else if (attachment.Name is not null && ControlCharacters.AnyIn(attachment.Name))
        {
            problems.Add("name", LimitMessages.NoControlCharacters);
        }

        if (url is not null && !IsWebAddress(url))
        {
            problems.Add("url", $"A link is an absolute http or https address of at most {Attachment.MaxUrlLength} characters.");
        }

        problems.ThrowIfAny();
        return _store.WriteAsync(
            async db =>
            {
                var (cohortId, companyId) = await FindOwnerAsync(db, attachment.Owner, attachment.OwnerId, cancellationToken);
                var held = await db.Attachments.CountAsync(a => a.Owner == attachment.Owner && a.OwnerId == attachment.OwnerId && a.RemovedAt == null, cancellationToken);
                if (held >= AttachmentLimits.MaxPerOwner)
                {
                    throw new DomainRuleException("ownerId", $"This already holds {AttachmentLimits.MaxPerOwner} attachments, the most it can.");
                }

                var now = _time.GetUtcNow();
                var row = new Attachment(Guid.CreateVersion7(now), attachment.Owner, attachment.OwnerId, attachment.Name!.Trim(), now, addedBy.Trim())
                {
                    CohortId = cohortId,
                    CompanyId = companyId,
                    Url = url?.Trim(),
                    StoragePath = file?.StoragePath,
                    ContentType = file?.ContentType,
                    Size = file?.Size,
                    Sha256 = file?.Sha256,
                    SharedWithCompany = attachment.SharedWithCompany,
                };
                db.Attachments.Add(row);
                AuditLog.Add(db, now, addedBy, AuditActions.AttachmentAdded, cohortId, companyId, row.Id.ToString(), new JsonObject
                {
                    ["owner"] = attachment.Owner.ToString(),
                    ["ownerId"] = attachment.OwnerId,
                    ["name"] = row.Name,
                });
                return row;
            },
            cancellationToken);
    }

    /// <summary>Reads an attachment that has not been removed.</summary>
    /// <exception cref="DomainRuleException">No such attachment (404).</exception>
    public Task<Attachment> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async db => await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.RemovedAt == null, cancellationToken)
                ?? throw DomainRuleException.NotFound("attachmentId", "attachment", id),
            cancellationToken);

    /// <summary>Lists what a thing holds, oldest first.</summary>
    public Task<IReadOnlyList<Attachment>> ListAsync(AttachmentOwner owner, string ownerId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync<IReadOnlyList<Attachment>>(
            async db => await db.Attachments.AsNoTracking()
                .Where(a => a.Owner == owner && a.OwnerId == ownerId && a.RemovedAt == null)
                .OrderBy(a => a.AddedAt)
                .ToListAsync(cancellationToken),
            cancellationToken);

    /// <summary>
    /// Lists what is shared with a company (its portal's documents), newest first: its own, and those of the sessions
    /// in <paramref name="sessionIds"/> (the sessions that expect it: its coach's notes from a coaching session, a
    /// conference's recording link).
    /// </summary>
    public Task<IReadOnlyList<Attachment>> SharedWithCompanyAsync(Guid companyId, IReadOnlyCollection<Guid>? sessionIds = null, CancellationToken cancellationToken = default)
    {
        List<string> events = [.. (sessionIds ?? []).Select(id => id.ToString())];
        return _store.ReadAsync<IReadOnlyList<Attachment>>(
            async db => await db.Attachments.AsNoTracking()
                .Where(a => a.SharedWithCompany && a.RemovedAt == null
                    && (a.CompanyId == companyId || (a.Owner == AttachmentOwner.Session && a.CompanyId == null && events.Contains(a.OwnerId))))
                .OrderByDescending(a => a.AddedAt)
                .ToListAsync(cancellationToken),
            cancellationToken);
    }

    /// <summary>Removes an attachment from its lists (the row stays for the audit trail; the host deletes the file).</summary>
    /// <exception cref="DomainRuleException">No such attachment (404).</exception>
    public Task<Attachment> RemoveAsync(Guid id, string removedBy, CancellationToken cancellationToken = default) =>
        _store.WriteAsync(
            async db =>
            {
                var row = await db.Attachments.SingleOrDefaultAsync(a => a.Id == id && a.RemovedAt == null, cancellationToken)
                    ?? throw DomainRuleException.NotFound("attachmentId", "attachment", id);
                var now = _time.GetUtcNow();
                row.RemovedAt = now;
                AuditLog.Add(db, now, removedBy, AuditActions.AttachmentRemoved, row.CohortId, row.CompanyId, row.Id.ToString(), new JsonObject { ["name"] = row.Name });
                return row;
            },
            cancellationToken);

    // One address as typed: no control character nor space inside (Uri would escape them and keep the link).
    private static bool IsWebAddress(string url)
    {
        var address = url.Trim();
        return address.Length <= Attachment.MaxUrlLength
            && !ControlCharacters.AnyIn(address)
            && !address.Any(char.IsWhiteSpace)
            && Uri.TryCreate(address, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }

    private static async Task<(Guid? CohortId, Guid? CompanyId)> FindOwnerAsync(CohortsDbContext db, AttachmentOwner owner, string ownerId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(ownerId, out var id))
        {
            throw DomainRuleException.NotFound("ownerId", owner.ToString().ToLowerInvariant(), ownerId);
        }

        (Guid? CohortId, Guid? CompanyId)? found = owner switch
        {
            AttachmentOwner.Session => await db.Sessions.Where(s => s.Id == id).Select(s => (Guid?)s.CohortId).SingleOrDefaultAsync(cancellationToken) is { } cohortOfSession ? (cohortOfSession, null) : null,
            AttachmentOwner.Company => await db.Companies.Where(c => c.Id == id).Select(c => (Guid?)c.CohortId).SingleOrDefaultAsync(cancellationToken) is { } cohortOfCompany ? (cohortOfCompany, id) : null,
            AttachmentOwner.Milestone => await db.Milestones.Where(m => m.Id == id).Select(m => new { m.CohortId, m.CompanyId }).SingleOrDefaultAsync(cancellationToken) is { } milestone ? (milestone.CohortId, milestone.CompanyId) : null,
            AttachmentOwner.FormAnswer => await db.FormRequests.Where(r => r.Id == id).Select(r => new { r.CohortId, r.CompanyId }).SingleOrDefaultAsync(cancellationToken) is { } request ? (request.CohortId, request.CompanyId) : null,
            _ => null,
        };
        return found ?? throw DomainRuleException.NotFound("ownerId", owner.ToString().ToLowerInvariant(), ownerId);
    }
}
