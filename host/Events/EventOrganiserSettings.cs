using System.Text.Json.Nodes;
using Cohorts.Host.Access;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Events;

/// <summary>
/// Names a programme's event organisers (<see cref="Workflows.Domain.Programme.EventOrganisers"/>): a manager of the
/// programme replaces the list; the change and its audit row commit together.
/// </summary>
/// <param name="access">The signed-in user's rights.</param>
/// <param name="domain">The cohort domain's contexts.</param>
/// <param name="clock">The clock the audit row is dated by.</param>
public sealed class EventOrganiserSettings(UserAccess access, IDbContextFactory<CohortsDbContext> domain, TimeProvider clock)
{
    /// <summary>The audit action of a change of the list.</summary>
    public const string AuditAction = "event-organisers-named";

    /// <summary>Replaces the programme's event organisers; answers the list as stored (lower-case, without repeats).</summary>
    /// <exception cref="AccessDeniedException">The user does not manage the programme.</exception>
    /// <exception cref="DomainRuleException">No such programme (404), or an address is wrong or there are too many (400, field <c>organisers[i]</c> or <c>organisers</c>).</exception>
    public async Task<IReadOnlyList<string>> NameAsync(string programmeId, IReadOnlyList<string?>? organisers, CancellationToken cancellationToken = default)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var programme = await db.Programmes.SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw DomainRuleException.NotFound("programmeId", "programme", programmeId);
        await access.RequireProgrammeManagerAsync(programmeId, cancellationToken);
        Check(organisers);
        programme.NameEventOrganisers(organisers!.Select(o => o!));
        AuditLog.Add(db, clock.GetUtcNow(), access.Email, AuditAction, data: new JsonObject { ["programmeId"] = programmeId, ["organisers"] = new JsonArray([.. programme.EventOrganisers.Select(e => JsonValue.Create(e))]) });
        await db.SaveChangesAsync(cancellationToken);
        return programme.EventOrganisers;
    }

    private static void Check(IReadOnlyList<string?>? organisers)
    {
        var problems = new List<KeyValuePair<string, string>>();
        if (organisers is null)
        {
            problems.Add(new("organisers", "List the organisers' e-mail addresses (an empty list for none)."));
        }
        else if (organisers.Count > Workflows.Domain.Programme.MaxEventOrganisers)
        {
            problems.Add(new("organisers", LimitMessages.ListTooLong(Workflows.Domain.Programme.MaxEventOrganisers, organisers.Count)));
        }
        else
        {
            for (var i = 0; i < organisers.Count; i++)
            {
                var email = organisers[i]?.Trim();
                if (string.IsNullOrEmpty(email) || email.Length > InputLimits.MaxEmailLength || email.IndexOf('@', StringComparison.Ordinal) is <= 0 || email.EndsWith('@') || email.Any(char.IsWhiteSpace))
                {
                    problems.Add(new($"organisers[{i}]", $"'{organisers[i]}' is not an e-mail address."));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new DomainRuleException(problems);
        }
    }
}
