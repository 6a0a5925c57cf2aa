using System.Text.Json.Nodes;
using Cohorts.Workflows.Persistence;

namespace Cohorts.Workflows.Audit;

/// <summary>
/// The write seam of the audit trail: adds an entry in the caller's transaction, so it commits with the action it
/// records or not at all. Services call it inside their write; actions outside the domain's transactions (publishing
/// a definition, signing in, account changes) go through <see cref="AuditTrail.RecordAsync"/>.
/// </summary>
public static class AuditLog
{
    /// <summary>Who is recorded when nobody is named (an automatic decision).</summary>
    public const string System = "system";

    /// <summary>Adds an entry to <paramref name="db"/> (saved with the caller's changes).</summary>
    public static AuditEntry Add(
        CohortsDbContext db,
        DateTimeOffset at,
        string? actor,
        string action,
        Guid? cohortId = null,
        Guid? companyId = null,
        string? subjectId = null,
        JsonObject? data = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entry = new AuditEntry(
            at,
            string.IsNullOrWhiteSpace(actor) ? System : actor.Trim(),
            action,
            cohortId,
            companyId,
            subjectId,
            (data ?? []).ToJsonString());
        db.AuditEntries.Add(entry);
        return entry;
    }
}
