using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Outbox;

/// <summary>
/// The language a company's contact reads, for the e-mails owed to them (their data's <c>culture</c>): the one its
/// manager chose (<see cref="Domain.Company.ContactLanguage"/>), else the language its application was filled in, when
/// the company applied through a call; null otherwise (the sender's default). A contact has no account, so nothing else
/// says it.
/// </summary>
public static class ContactLanguage
{
    /// <summary>The language chosen for the company's contact, else that of its latest application; null when neither says.</summary>
    public static async Task<string?> OfAsync(CohortsDbContext db, Guid companyId, CancellationToken cancellationToken) =>
        (await OfManyAsync(db, [companyId], cancellationToken)).GetValueOrDefault(companyId);

    /// <summary>The language of each company's contact that has one: chosen for it, else that of its latest application.</summary>
    public static async Task<Dictionary<Guid, string>> OfManyAsync(CohortsDbContext db, IReadOnlyCollection<Guid> companyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(companyIds);
        // A company applies once or twice: its rows are read and the latest kept here, one query for an event's many companies.
        var rows = await db.Applications.AsNoTracking()
            .Where(a => companyIds.Contains(a.CompanyId))
            .Select(a => new { a.CompanyId, a.SubmittedAt, a.Language })
            .ToListAsync(cancellationToken);
        var languages = rows
            .GroupBy(a => a.CompanyId)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.SubmittedAt)!.Language);
        var chosen = await db.Companies.AsNoTracking()
            .Where(c => companyIds.Contains(c.Id) && c.ContactLanguage != null)
            .Select(c => new { c.Id, c.ContactLanguage })
            .ToListAsync(cancellationToken);
        foreach (var company in chosen)
        {
            languages[company.Id] = company.ContactLanguage!;
        }

        return languages;
    }
}
