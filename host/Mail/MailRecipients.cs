using Cohorts.Host.Identity;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Mail;

/// <summary>
/// Resolves an outbox row's recipient at send time: an address as it is, or <c>managers:{cohortId}</c>, the
/// managers of the cohort's programme (<see cref="ProgrammeManager"/> rows in the Identity tables). Workflow steps run
/// in the domain's context, which does not know the Identity tables: they owe a message to the group and the sender
/// expands it, so a manager added before the sending gets it too.
/// </summary>
internal sealed class MailRecipients(IDbContextFactory<CohortsDbContext> domain, IDbContextFactory<CohortsIdentityDbContext> identity)
{
    /// <summary>The prefix of the recipient that stands for a cohort's programme managers.</summary>
    public const string ManagersPrefix = "managers:";

    /// <summary>The addresses a recipient stands for (none when a group is empty), in a stable order.</summary>
    public async Task<IReadOnlyList<string>> ExpandAsync(string recipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        if (!recipient.StartsWith(ManagersPrefix, StringComparison.Ordinal))
        {
            return [recipient];
        }

        if (!Guid.TryParse(recipient.AsSpan(ManagersPrefix.Length), out var cohortId))
        {
            throw new InvalidOperationException($"'{recipient}' is not managers:{{cohort id}}.");
        }

        await using var domainDb = await domain.CreateDbContextAsync(cancellationToken);
        var programmeId = await domainDb.Cohorts.Where(c => c.Id == cohortId).Select(c => c.ProgrammeId).SingleOrDefaultAsync(cancellationToken);
        if (programmeId is null)
        {
            return [];
        }

        await using var identityDb = await identity.CreateDbContextAsync(cancellationToken);
        var addresses = await identityDb.ProgrammeManagers
            .Where(m => m.ProgrammeId == programmeId)
            .Join(identityDb.Users, m => m.UserId, u => u.Id, (_, u) => u.Email)
            .Where(e => e != null)
            .ToListAsync(cancellationToken);
        return [.. addresses.Select(a => a!).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
    }
}
