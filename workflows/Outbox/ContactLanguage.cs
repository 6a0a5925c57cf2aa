using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Outbox;

/// <summary>
/// The language a company's contact reads, for the e-mails owed to them (their data's <c>culture</c>): the language
/// its application was filled in, when the company applied through a call; null otherwise (the sender's default).
/// A contact has no account, so nothing else says it.
/// </summary>
public static class ContactLanguage
{
    /// <summary>The language of the company's latest application, or null when it did not apply through a call.</summary>
    public static Task<string?> OfAsync(CohortsDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Applications.AsNoTracking()
            .Where(a => a.CompanyId == companyId)
            .OrderByDescending(a => a.SubmittedAt)
            .Select(a => (string?)a.Language)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
