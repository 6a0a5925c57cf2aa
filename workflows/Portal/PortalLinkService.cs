using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Portal;

/// <summary>
/// A manager's actions on a company's portal links: send a contact their link (made or reused, with its
/// <c>portal-link</c> e-mail and audit entry in one transaction), list them, revoke one (at once, audited). Who may
/// act on which company is the caller's to check (the host's <c>UserAccess</c>).
/// </summary>
public sealed class PortalLinkService
{
    /// <summary>The e-mail kind a sent link is owed as.</summary>
    public const string MailKind = "portal-link";

    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal PortalLinkService(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Sends the portal link of <paramref name="companyId"/> to <paramref name="email"/> (the company's contact when null).</summary>
    /// <exception cref="DomainRuleException">No such company (404); the address is not one (400, at <c>email</c>).</exception>
    public Task<PortalLinkSent> SendAsync(Guid companyId, string? email, string sentBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sentBy);
        return _store.WriteAsync(
            async db =>
            {
                var company = await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == companyId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("companyId", "company", companyId);
                var address = CheckAddress(string.IsNullOrWhiteSpace(email) ? company.ContactEmail : email);
                var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == company.CohortId, cancellationToken);
                var now = _time.GetUtcNow();
                var link = await PortalLinks.EnsureAsync(db, companyId, address, now, sentBy, cancellationToken);
                var reused = db.Entry(link).State != EntityState.Added;
                await MailOutbox.AddAsync(
                    db,
                    $"portal-link-{link.Id:D}-{now.ToUnixTimeMilliseconds()}",
                    MailKind,
                    address,
                    new JsonObject
                    {
                        ["portalLinkId"] = link.Id.ToString("D"),
                        ["company"] = company.Name,
                        ["cohort"] = cohort.Name,
                        ["expiresAt"] = link.ExpiresAt.ToString("O"),
                        ["culture"] = await ContactLanguage.OfAsync(db, companyId, cancellationToken),
                    },
                    now,
                    cancellationToken);
                AuditLog.Add(db, now, sentBy, PortalAuditActions.LinkSent, company.CohortId, company.Id, link.Id.ToString("D"), new JsonObject
                {
                    ["email"] = address,
                    ["reused"] = reused,
                });
                return new PortalLinkSent(link, reused);
            },
            cancellationToken);
    }

    /// <summary>The company's links, newest first.</summary>
    public Task<IReadOnlyList<PortalLink>> ListAsync(Guid companyId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync<IReadOnlyList<PortalLink>>(
            async db => (await db.PortalLinks.AsNoTracking().Where(l => l.CompanyId == companyId).ToListAsync(cancellationToken))
                .OrderByDescending(l => l.CreatedAt).Take(PortalLimits.MaxLinksListed).ToList(),
            cancellationToken);

    /// <summary>Revokes link <paramref name="linkId"/> of <paramref name="companyId"/> (at once; revoking twice changes nothing).</summary>
    /// <exception cref="DomainRuleException">No such link of that company (404).</exception>
    public Task<PortalLink> RevokeAsync(Guid companyId, Guid linkId, string revokedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(revokedBy);
        return _store.WriteAsync(
            async db =>
            {
                var link = await db.PortalLinks.SingleOrDefaultAsync(l => l.Id == linkId && l.CompanyId == companyId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("linkId", "portal link", linkId);
                if (link.RevokedAt is null)
                {
                    var now = _time.GetUtcNow();
                    link.Revoke(now, revokedBy);
                    var cohortId = await db.Companies.AsNoTracking().Where(c => c.Id == companyId).Select(c => (Guid?)c.CohortId).SingleOrDefaultAsync(cancellationToken);
                    AuditLog.Add(db, now, revokedBy, PortalAuditActions.LinkRevoked, cohortId, companyId, link.Id.ToString("D"), new JsonObject { ["email"] = link.Email });
                }

                return link;
            },
            cancellationToken);
    }

    /// <summary>Notes that a link opened the portal, at most once per <see cref="PortalLimits.LastUsedPrecision"/>.</summary>
    public Task TouchAsync(Guid linkId, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var before = now - PortalLimits.LastUsedPrecision;
        return _store.WriteAsync(
            async db => await db.PortalLinks
                .Where(l => l.Id == linkId && (l.LastUsedAt == null || l.LastUsedAt < before))
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastUsedAt, now), cancellationToken),
            cancellationToken);
    }

    private static string CheckAddress(string? email)
    {
        var address = email?.Trim() ?? string.Empty;
        if (address.Length == 0)
        {
            throw new DomainRuleException("email", "Give the contact's e-mail address: the company has none.");
        }

        if (address.Length > PortalLink.MaxEmailLength)
        {
            throw new DomainRuleException("email", $"At most {PortalLink.MaxEmailLength} characters ({address.Length} given).");
        }

        // The rule of every address the host writes to (no right-to-left override, no header characters).
        return EmailAddresses.IsPlausible(address)
            ? address
            : throw new DomainRuleException("email", "This is not an e-mail address (name@example.org).");
    }
}
