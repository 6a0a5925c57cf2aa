using System.Text.Json.Nodes;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Audit;

/// <summary>
/// Reads the audit trail (a cohort's history, the account events) and records the actions that happen outside the
/// domain's write transactions: a definition published through the engine's catalog, a sign-in, an account change in
/// the identity tables. Those are recorded right after the action, in a transaction of their own (the identity and
/// engine stores have their own transactions); everything else is recorded by <see cref="AuditLog.Add"/> in the
/// action's own transaction.
/// </summary>
public sealed class AuditTrail
{
    /// <summary>The most entries a page holds.</summary>
    public const int MaxPageSize = 200;

    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal AuditTrail(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Records an action now, in a transaction of its own (for actions outside the domain's transactions).</summary>
    public Task RecordAsync(string? actor, string action, Guid? cohortId = null, Guid? companyId = null, string? subjectId = null, JsonObject? data = null, CancellationToken cancellationToken = default) =>
        _store.WriteAsync(
            db =>
            {
                AuditLog.Add(db, _time.GetUtcNow(), actor, action, cohortId, companyId, subjectId, data);
                return Task.CompletedTask;
            },
            cancellationToken);

    /// <summary>Reads a page of a cohort's history, newest first.</summary>
    public Task<AuditPage> CohortHistoryAsync(Guid cohortId, int page, int pageSize, CancellationToken cancellationToken = default) =>
        PageAsync(db => db.AuditEntries.Where(e => e.CohortId == cohortId), page, pageSize, cancellationToken);

    /// <summary>Reads a page of the account events (sign-ins, invitations, account changes), newest first.</summary>
    public Task<AuditPage> AccountEventsAsync(int page, int pageSize, CancellationToken cancellationToken = default) =>
        PageAsync(db => db.AuditEntries.Where(e => e.Action.StartsWith(AuditActions.AccountPrefix)), page, pageSize, cancellationToken);

    private Task<AuditPage> PageAsync(Func<CohortsDbContext, IQueryable<AuditEntry>> filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        // Past the last page an int can skip to, the rows to skip would overflow into a negative OFFSET (PostgreSQL
        // refuses it): such a page is as empty as the last one.
        page = Math.Clamp(page, 1, Services.PageNumbers.MaxPage(MaxPageSize));
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        return _store.ReadAsync(
            async db =>
            {
                var query = filter(db).AsNoTracking();
                var total = await query.CountAsync(cancellationToken);

                // Ids grow in the order entries were written (SQLite has one writer), which is also time order.
                var entries = await query.OrderByDescending(e => e.Id)
                    .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
                return new AuditPage(entries, page, pageSize, total);
            },
            cancellationToken);
    }
}
