using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Identity.Accounts;

/// <summary>
/// The accounts as administrators see them, and which managers manage which programme (the programmes named must
/// exist in the domain; the rows are Identity's).
/// </summary>
internal sealed class AccountDirectory(IDbContextFactory<CohortsDbContext> domain, AccountStore store)
{
    /// <summary>Gets every account with its roles and programmes, by e-mail address.</summary>
    public Task<IReadOnlyList<AccountView>> ListAsync(CancellationToken cancellationToken) =>
        store.ReadAsync<IReadOnlyList<AccountView>>(
            async db =>
            {
                var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
                var roles = await (from userRole in db.UserRoles
                                   join role in db.Roles on userRole.RoleId equals role.Id
                                   select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
                var managed = await db.ProgrammeManagers.AsNoTracking().ToListAsync(cancellationToken);
                return [.. users
                    .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
                    .Select(u => new AccountView(
                        u.Id,
                        u.Email ?? string.Empty,
                        u.DisplayName,
                        [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal)],
                        AccountLanguages.OrDefault(u.Language),
                        !AccountService.IsDeactivated(u),
                        [.. managed.Where(m => m.UserId == u.Id).Select(m => m.ProgrammeId).Order(StringComparer.Ordinal)]))];
            },
            cancellationToken);

    /// <summary>The longest list of programmes in one request.</summary>
    public const int MaxProgrammes = 100;

    /// <summary>Answers the ids without blanks or repeats; refuses (naming <c>field[i]</c>) an id that names no programme.</summary>
    public async Task<IReadOnlyList<string>> CheckProgrammesAsync(IReadOnlyList<string?>? ids, string field, CancellationToken cancellationToken)
    {
        var wanted = (ids ?? []).Select(id => id?.Trim() ?? string.Empty).ToList();
        if (wanted.Count > MaxProgrammes)
        {
            throw new DomainRuleException(field, $"At most {MaxProgrammes} programmes.");
        }

        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var known = await db.Programmes.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken);
        var problems = wanted.Select((id, index) => (id, index))
            .Where(p => !known.Contains(p.id, StringComparer.Ordinal))
            .Select(p => new KeyValuePair<string, string>($"{field}[{p.index}]", AccountMessages.ProgrammeUnknown))
            .ToList();
        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems);
        }

        return [.. wanted.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Gets every programme's id and name, by name (for the pages' choices).</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> ListProgrammesAsync(CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var programmes = await db.Programmes.AsNoTracking().Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        return [.. programmes.OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => new KeyValuePair<string, string>(p.Id, p.Name))];
    }

    /// <summary>Makes the user manage exactly these programmes (in the caller's transaction).</summary>
    public static async Task SetProgrammesAsync(CohortsIdentityDbContext db, string userId, IReadOnlyList<string> programmeIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = await db.ProgrammeManagers.Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        db.ProgrammeManagers.RemoveRange(current.Where(m => !programmeIds.Contains(m.ProgrammeId, StringComparer.Ordinal)));
        db.ProgrammeManagers.AddRange(programmeIds
            .Where(id => !current.Any(m => m.ProgrammeId == id))
            .Select(id => new ProgrammeManager(id, userId)));
    }
}
