using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Text;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Inbox;

/// <summary>
/// Who a session is with, said in one line: a coach's sessions of one series share a title ("Coaching session 5" with
/// each company), so the company is what tells their to-dos and reminders apart. The names of every session's companies
/// are read in one query (<see cref="ReadAsync"/>).
/// </summary>
public sealed class SessionCompanies
{
    private readonly IReadOnlyDictionary<Guid, string> _names;
    private readonly HumanText _human;

    private SessionCompanies(IReadOnlyDictionary<Guid, string> names, HumanText human)
    {
        _names = names;
        _human = human;
    }

    /// <summary>Reads the names of the companies these sessions are with.</summary>
    public static async Task<SessionCompanies> ReadAsync(CohortsDbContext db, IEnumerable<IReadOnlyList<Guid>> sessionCompanyIds, HumanText human, CancellationToken cancellationToken)
    {
        var ids = sessionCompanyIds.SelectMany(c => c).Distinct().ToList();
        var names = ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Companies.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return new SessionCompanies(names, human);
    }

    /// <summary>The company's name when the session is with one, how many when with several ("3 companies"), null when with none known.</summary>
    public string? With(IReadOnlyList<Guid> companyIds)
    {
        var known = companyIds.Select(id => _names.GetValueOrDefault(id)).OfType<string>().ToList();
        return known switch
        {
            [] => null,
            [var company] => company,
            _ => _human.Count(known.Count, DomainNoun.Company),
        };
    }
}
