using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Text;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.WalkIns;

/// <summary>
/// Records an event's walk-ins inside its outcome's transaction: each is the company of the cohort with its name or
/// contact address (matched, not duplicated), or a new company joining the cohort now
/// (<see cref="CompanyChangeService.Joining"/>, as one added to a running cohort; its journey starts after the commit);
/// the event expects each, and the outcome records each present.
/// </summary>
internal static class WalkInRecording
{
    /// <summary>Matches or adds the walk-ins; the (attached) session expects each. Answers, in order, what became of each, and the companies added.</summary>
    /// <exception cref="DomainRuleException">The cohort would hold more than <see cref="InputLimits.MaxCompaniesPerCohort"/> companies.</exception>
    public static async Task<(List<WalkInResult> Results, List<Company> Added)> RecordAsync(
        CohortsDbContext db, Session session, IReadOnlyList<WalkIn> walkIns, DateTimeOffset now, string actor, CancellationToken cancellationToken)
    {
        var known = await db.Companies.AsNoTracking()
            .Where(c => c.CohortId == session.CohortId)
            .Select(c => new { c.Id, c.Name, c.ContactEmail })
            .ToListAsync(cancellationToken);
        var byName = new Dictionary<string, (Guid Id, string Name)>(StringComparer.OrdinalIgnoreCase);
        var byEmail = new Dictionary<string, (Guid Id, string Name)>(StringComparer.OrdinalIgnoreCase);
        foreach (var company in known)
        {
            byName.TryAdd(Spacing.Collapse(company.Name), (company.Id, company.Name));
            byEmail.TryAdd(company.ContactEmail.Trim(), (company.Id, company.Name));
        }

        var count = known.Count;
        List<WalkInResult> results = [];
        List<Company> added = [];
        for (var i = 0; i < walkIns.Count; i++)
        {
            var walkIn = walkIns[i];
            var name = Spacing.Collapse(walkIn.Name!);
            var email = walkIn.ContactEmail!.Trim();
            if (byName.TryGetValue(name, out var found) || byEmail.TryGetValue(email, out found))
            {
                results.Add(new WalkInResult(found.Id, found.Name, Matched: true));
            }
            else
            {
                if (count >= InputLimits.MaxCompaniesPerCohort)
                {
                    throw new DomainRuleException($"walkIns[{i}]", $"The cohort holds {InputLimits.MaxCompaniesPerCohort} companies already, the most it may.");
                }

                var application = new CompanyApplication(name, walkIn.Sector!.Trim(), walkIn.Headcount!.Value, walkIn.Town!.Trim(), email, walkIn.Needs);
                var company = CompanyChangeService.Joining(session.CohortId, Guid.CreateVersion7(now), application, now);
                db.Companies.Add(company);
                AuditLog.Add(db, now, actor, AuditActions.CompanyAdded, session.CohortId, company.Id, company.Id.ToString(), new JsonObject { ["name"] = company.Name, ["walkInAt"] = session.Id.ToString() });
                added.Add(company);
                count++;
                found = (company.Id, company.Name);
                byName.TryAdd(name, found);
                byEmail.TryAdd(email, found);
                results.Add(new WalkInResult(company.Id, company.Name, Matched: false));
            }

            session.Expect(found.Id);
        }

        return (results, added);
    }

    /// <summary>The attendance with every walk-in present (a line naming one already is made present).</summary>
    public static List<Attendance> Present(IReadOnlyList<Attendance> attendance, IReadOnlyList<WalkInResult> walkIns)
    {
        var present = walkIns.Select(w => w.CompanyId).ToHashSet();
        List<Attendance> lines = [.. attendance.Select(a => present.Contains(a.CompanyId) ? a with { Present = true } : a)];
        var listed = lines.Select(a => a.CompanyId).ToHashSet();
        lines.AddRange(walkIns.Select(w => w.CompanyId).Distinct().Where(id => !listed.Contains(id)).Select(id => new Attendance(id, true)));
        return lines;
    }
}
