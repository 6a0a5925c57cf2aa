using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Text;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>
/// Corrects what a company is during its cohort (a new name, a contact who left, the language its contact reads):
/// its journey, status and coach stay as they are. A new contact address revokes the portal links sent to anyone else,
/// in the same transaction: the former contact no longer answers for the company.
/// </summary>
public sealed class CompanyDetailsService
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal CompanyDetailsService(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Replaces the company's details with <paramref name="details"/>, audited with the fields that changed.</summary>
    /// <returns>The company and what changed (nothing is written when nothing changed).</returns>
    /// <exception cref="DomainRuleException">
    /// No such company (404); a field is wrong, or its cohort is archived (400, by field); another company of the
    /// cohort has that name (409, at <c>name</c>).
    /// </exception>
    public Task<CompanyDetailsChange> ChangeAsync(Guid companyId, CompanyDetails details, string? actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        var problems = new Problems();
        if (details.Headcount is null)
        {
            problems.Add("headcount", "The headcount is required.");
        }

        if (details.Needs is null)
        {
            problems.Add("needs", "The needs are required: [] for none.");
        }

        CompanyApplicationRules.Check(
            new CompanyApplication(details.Name, details.Sector, details.Headcount ?? 0, details.Location, details.ContactEmail, details.Needs) { ContactLanguage = details.ContactLanguage },
            problems);
        problems.ThrowIfAny();
        return _store.WriteAsync(
            async db =>
            {
                var company = await db.Companies.SingleOrDefaultAsync(c => c.Id == companyId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("companyId", "company", companyId);
                var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == company.CohortId, cancellationToken);
                if (cohort.ArchivedAt is not null)
                {
                    throw new DomainRuleException("companyId", $"Cohort '{cohort.Name}' is archived: restore it to change its companies.");
                }

                var name = Spacing.Collapse(details.Name);
                List<string> needs = [.. CohortLauncher.Tags(details.Needs)];
                var changed = Changed(company, details, name, needs);
                if (changed.Count == 0)
                {
                    return new CompanyDetailsChange(company, changed, 0);
                }

                if (changed.Contains("name"))
                {
                    // Compared here rather than by SQLite's NOCASE, which folds ASCII letters only ("École" and "école").
                    var names = await db.Companies.AsNoTracking().Where(c => c.CohortId == company.CohortId && c.Id != companyId).Select(c => c.Name).ToListAsync(cancellationToken);
                    if (names.Exists(n => string.Equals(Spacing.Collapse(n), name, StringComparison.OrdinalIgnoreCase)))
                    {
                        throw DomainRuleException.RecordedAlready("name", $"Cohort '{cohort.Name}' has a company named '{name}' already.");
                    }
                }

                var now = _time.GetUtcNow();
                var previousName = company.Name;
                var email = details.ContactEmail.Trim();
                // Only another address is another contact: the same one in other letter case keeps its links.
                var anotherContact = !string.Equals(company.ContactEmail, email, StringComparison.OrdinalIgnoreCase);
                var revoked = anotherContact ? await RevokeOthersAsync(db, companyId, email, now, actor, cancellationToken) : 0;
                company.ChangeDetails(name, details.Sector.Trim(), details.Headcount!.Value, details.Location.Trim(), email, needs);
                company.ContactLanguage = details.ContactLanguage;
                var data = new JsonObject
                {
                    ["name"] = company.Name,
                    ["changed"] = new JsonArray([.. changed.Select(f => JsonValue.Create(f))]),
                    ["linksRevoked"] = revoked,
                };
                if (!string.Equals(previousName, company.Name, StringComparison.Ordinal))
                {
                    data["previousName"] = previousName;
                }

                AuditLog.Add(db, now, actor, AuditActions.CompanyDetailsChanged, company.CohortId, company.Id, company.Id.ToString(), data);
                return new CompanyDetailsChange(company, changed, revoked);
            },
            cancellationToken);
    }

    private static List<string> Changed(Company company, CompanyDetails details, string name, List<string> needs)
    {
        var changed = new List<string>();
        Note(changed, "name", !string.Equals(company.Name, name, StringComparison.Ordinal));
        Note(changed, "sector", !string.Equals(company.Sector, details.Sector.Trim(), StringComparison.Ordinal));
        Note(changed, "headcount", company.Headcount != details.Headcount!.Value);
        Note(changed, "location", !string.Equals(company.Location, details.Location.Trim(), StringComparison.Ordinal));
        Note(changed, "contactEmail", !string.Equals(company.ContactEmail, details.ContactEmail.Trim(), StringComparison.Ordinal));
        Note(changed, "contactLanguage", !string.Equals(company.ContactLanguage, details.ContactLanguage, StringComparison.Ordinal));
        Note(changed, "needs", !company.Needs.SequenceEqual(needs, StringComparer.Ordinal));
        return changed;
    }

    private static void Note(List<string> changed, string field, bool differs)
    {
        if (differs)
        {
            changed.Add(field);
        }
    }

    /// <summary>Revokes the company's active portal links sent to another address than the new contact's.</summary>
    private static async Task<int> RevokeOthersAsync(CohortsDbContext db, Guid companyId, string email, DateTimeOffset now, string? actor, CancellationToken cancellationToken)
    {
        var links = await db.PortalLinks.Where(l => l.CompanyId == companyId && l.RevokedAt == null).ToListAsync(cancellationToken);
        var revoked = 0;
        foreach (var link in links.Where(l => l.IsActive(now) && !string.Equals(l.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            link.Revoke(now, actor ?? "system");
            revoked++;
        }

        return revoked;
    }
}
