using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Aggregation;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Reporting.FormSynthesis;

/// <summary>Reads a form's answers for a summary in one query (answers joined to their companies and cohorts); the caller decided who reads which cohorts.</summary>
public sealed class FormAnswersReader(IDbContextFactory<CohortsDbContext> domain)
{
    /// <summary>Reads the answers to <paramref name="formId"/> of <paramref name="programmeId"/> in <paramref name="cohorts"/> (null: all of the programme's).</summary>
    /// <exception cref="DomainRuleException">No such programme or form (404 at <c>id</c> or <c>formId</c>).</exception>
    public Task<FormAnswersScope> ReadAsync(string programmeId, string formId, IReadOnlyList<Guid>? cohorts, CancellationToken cancellationToken = default) =>
        ReadAsync(programmeId, formId, cohorts, null, cancellationToken);

    /// <summary>Reads the answers about one event (<paramref name="sessionId"/>; null: all).</summary>
    /// <remarks>With <paramref name="sessionId"/>, only the requests and answers about that event (its title joins the cohort's name in the scope).</remarks>
    /// <exception cref="DomainRuleException">The event is none of the programme's readable cohorts (404 at <c>sessionId</c>).</exception>
    public async Task<FormAnswersScope> ReadAsync(string programmeId, string formId, IReadOnlyList<Guid>? cohorts, Guid? sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var programme = await db.Programmes.AsNoTracking().Where(p => p.Id == programmeId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw DomainRuleException.NotFound("id", "programme", programmeId);
        var latest = await db.FormVersions.AsNoTracking()
            .Where(v => v.ProgrammeId == programmeId && v.FormId == formId)
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw DomainRuleException.NotFound("formId", "form", formId);
        var answers = db.FormAnswers.AsNoTracking().Where(a => a.ProgrammeId == programmeId && a.FormId == formId);
        var requests = db.FormRequests.AsNoTracking().Where(r => r.ProgrammeId == programmeId && r.FormId == formId && r.Status != FormRequestStatus.Cancelled);
        if (cohorts is not null)
        {
            answers = answers.Where(a => a.CohortId != null && cohorts.Contains(a.CohortId.Value));
            requests = requests.Where(r => r.CohortId != null && cohorts.Contains(r.CohortId.Value));
        }

        string? eventTitle = null;
        if (sessionId is { } eventId)
        {
            var programmeCohorts = db.Cohorts.Where(c => c.ProgrammeId == programmeId).Select(c => c.Id);
            var session = await db.Sessions.AsNoTracking()
                .Where(s => s.Id == eventId && programmeCohorts.Contains(s.CohortId))
                .Select(s => new { s.CohortId, s.Title })
                .SingleOrDefaultAsync(cancellationToken);
            if (session is null || (cohorts is not null && !cohorts.Contains(session.CohortId)))
            {
                throw DomainRuleException.NotFound("sessionId", "event", eventId);
            }

            eventTitle = session.Title;
            answers = answers.Where(a => a.SessionId == eventId);
            requests = requests.Where(r => r.SessionId == eventId);
        }

        var rows = await (
            from a in answers
            join c in db.Companies on a.CompanyId equals (Guid?)c.Id into companies
            from c in companies.DefaultIfEmpty()
            join h in db.Cohorts on a.CohortId equals (Guid?)h.Id into cohortRows
            from h in cohortRows.DefaultIfEmpty()
            select new { a.Json, a.SubmittedAt, a.CohortId, a.CompanyId, CompanyName = c == null ? null : c.Name, Town = c == null ? null : c.Location, Sector = c == null ? null : c.Sector, CohortName = h == null ? null : h.Name })
            .ToListAsync(cancellationToken);
        string? cohortName = cohorts is [var only] ? await db.Cohorts.AsNoTracking().Where(c => c.Id == only).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken) : null;
        if (eventTitle is not null)
        {
            cohortName = cohortName is null ? eventTitle : $"{cohortName} — {eventTitle}";
        }
        return new FormAnswersScope(
            programme,
            cohortName,
            latest.ReadDefinition(),
            latest.Version,
            [.. rows.Select(r => new AnswerRow(r.Json, r.SubmittedAt) { CohortId = r.CohortId, CohortName = r.CohortName, CompanyId = r.CompanyId, CompanyName = r.CompanyName, Town = r.Town, Sector = r.Sector })],
            await requests.CountAsync(cancellationToken));
    }
}
