using System.Text.Json.Nodes;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Forms.Collection;

/// <summary>Reads form requests and answers for lists and pages; who may read what is the caller's to check.</summary>
public sealed class FormRequestQueries
{
    /// <summary>The most requests a list shows (newest first).</summary>
    public const int MaxListed = 2_000;

    /// <summary>The largest page of answers.</summary>
    public const int MaxPageSize = 200;

    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal FormRequestQueries(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>Gets a request, or null.</summary>
    public Task<FormRequest?> FindAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(db => db.FormRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken), cancellationToken);

    /// <summary>Lists a cohort's requests, newest first.</summary>
    public Task<IReadOnlyList<FormRequestRow>> ForCohortAsync(Guid cohortId, CancellationToken cancellationToken = default) =>
        ListAsync(db => db.FormRequests.Where(r => r.CohortId == cohortId), cancellationToken);

    /// <summary>Lists the requests asked of these coaches (their own), newest first.</summary>
    public Task<IReadOnlyList<FormRequestRow>> ForCoachesAsync(IReadOnlyCollection<Guid> coachIds, CancellationToken cancellationToken = default) =>
        ListAsync(db => db.FormRequests.Where(r => r.Respondent == RespondentKind.Coach && r.CoachId != null && coachIds.Contains(r.CoachId.Value)), cancellationToken);

    /// <summary>
    /// Lists the requests asked of a signed-in person, newest first: of these coaches (their own), and of their e-mail
    /// address as an event organiser.
    /// </summary>
    public Task<IReadOnlyList<FormRequestRow>> MineAsync(IReadOnlyCollection<Guid> coachIds, string email, CancellationToken cancellationToken = default)
    {
        var address = email.Trim().ToLowerInvariant();
        return ListAsync(
            db => db.FormRequests.Where(r =>
                (r.Respondent == RespondentKind.Coach && r.CoachId != null && coachIds.Contains(r.CoachId.Value))
                || (r.Respondent == RespondentKind.Organiser && address != string.Empty && r.RespondentEmail == address)),
            cancellationToken);
    }

    /// <summary>Gets whether a form was ever asked of this address as an event organiser.</summary>
    public Task<bool> AskedOfOrganiserAsync(string email, CancellationToken cancellationToken = default)
    {
        var address = email.Trim().ToLowerInvariant();
        return address.Length == 0
            ? Task.FromResult(false)
            : _store.ReadAsync(db => db.FormRequests.AnyAsync(r => r.Respondent == RespondentKind.Organiser && r.RespondentEmail == address, cancellationToken), cancellationToken);
    }

    /// <summary>Gets a request with its form version and answers so far.</summary>
    /// <exception cref="DomainRuleException">No such request (404).</exception>
    public Task<FormToAnswer> ToAnswerAsync(Guid requestId, CancellationToken cancellationToken = default) =>
        _store.ReadAsync(
            async db =>
            {
                var request = await db.FormRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("requestId", "form request", requestId);
                var version = await db.FormVersions.AsNoTracking()
                    .SingleAsync(v => v.ProgrammeId == request.ProgrammeId && v.FormId == request.FormId && v.Version == request.FormVersion, cancellationToken);
                var answers = await db.FormAnswers.AsNoTracking().Where(a => a.RequestId == requestId).Select(a => a.Json).SingleOrDefaultAsync(cancellationToken);
                return new FormToAnswer(request, version.ReadDefinition(), answers);
            },
            cancellationToken);

    /// <summary>Gets a page of a programme form's answers (every version), newest first, within some cohorts or all.</summary>
    /// <param name="programmeId">The programme.</param>
    /// <param name="formId">The form.</param>
    /// <param name="cohortIds">The cohorts whose answers the reader may see; null for all.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="pageSize">The page's size, 1 to <see cref="MaxPageSize"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="DomainRuleException">A page or size out of range (<c>page</c>, <c>pageSize</c>); no such form (404).</exception>
    public Task<FormAnswerPage> AnswersAsync(string programmeId, string formId, IReadOnlyCollection<Guid>? cohortIds, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        if (page < 1)
        {
            throw new DomainRuleException("page", "Pages count from 1.");
        }

        if (page > int.MaxValue / MaxPageSize)
        {
            // Past it, the answers to skip overflow an int: a negative OFFSET, which PostgreSQL refuses.
            throw new DomainRuleException("page", LimitMessages.NumberOutOfRange(1, int.MaxValue / MaxPageSize, page));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw new DomainRuleException("pageSize", $"A page holds 1 to {MaxPageSize} answers.");
        }

        return _store.ReadAsync(
            async db =>
            {
                if (!await db.FormVersions.AnyAsync(v => v.ProgrammeId == programmeId && v.FormId == formId, cancellationToken))
                {
                    throw new DomainRuleException("formId", $"Programme '{programmeId}' has no form '{formId}'.", isNotFound: true);
                }

                var answers = db.FormAnswers.AsNoTracking().Where(a => a.ProgrammeId == programmeId && a.FormId == formId);
                if (cohortIds is not null)
                {
                    answers = answers.Where(a => a.CohortId != null && cohortIds.Contains(a.CohortId.Value));
                }

                var total = await answers.CountAsync(cancellationToken);
                var rows = await answers.OrderByDescending(a => a.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
                var companyIds = rows.Where(r => r.CompanyId is not null).Select(r => r.CompanyId!.Value).Distinct().ToList();
                var cohortIdsSeen = rows.Where(r => r.CohortId is not null).Select(r => r.CohortId!.Value).Distinct().ToList();
                var requestIds = rows.Select(r => r.RequestId).ToList();
                var companies = await db.Companies.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
                var cohorts = await db.Cohorts.AsNoTracking().Where(c => cohortIdsSeen.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
                var names = await db.FormRequests.AsNoTracking().Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.RespondentName, cancellationToken);
                return new FormAnswerPage(total, page, pageSize, [.. rows.Select(a => new FormAnswerRow(
                    a.RequestId,
                    a.CompanyId,
                    a.CompanyId is { } company && companies.TryGetValue(company, out var name) ? name : names.GetValueOrDefault(a.RequestId),
                    a.CohortId,
                    a.CohortId is { } cohort && cohorts.TryGetValue(cohort, out var cohortName) ? cohortName : null,
                    a.FormVersion,
                    JsonNode.Parse(a.Json),
                    a.SubmittedAt,
                    a.SubmittedBy,
                    a.EditedAt,
                    a.Edits))]);
            },
            cancellationToken);
    }

    private Task<IReadOnlyList<FormRequestRow>> ListAsync(Func<CohortsDbContext, IQueryable<FormRequest>> filter, CancellationToken cancellationToken) =>
        _store.ReadAsync<IReadOnlyList<FormRequestRow>>(
            async db =>
            {
                var now = _time.GetUtcNow();
                var requests = await filter(db).AsNoTracking().OrderByDescending(r => r.RequestedAt).ThenBy(r => r.RespondentName).Take(MaxListed).ToListAsync(cancellationToken);
                var programmes = requests.Select(r => r.ProgrammeId).Distinct().ToList();
                var formIds = requests.Select(r => r.FormId).Distinct().ToList();
                var versions = await db.FormVersions.AsNoTracking()
                    .Where(v => programmes.Contains(v.ProgrammeId) && formIds.Contains(v.FormId))
                    .ToListAsync(cancellationToken);
                var names = versions.ToDictionary(v => (v.ProgrammeId, v.FormId, v.Version), v => v.ReadDefinition().Name);
                return [.. requests.Select(r => new FormRequestRow(
                    r.Id,
                    r.FormId,
                    names.GetValueOrDefault((r.ProgrammeId, r.FormId, r.FormVersion)) ?? new FormLabel(r.FormId, r.FormId),
                    r.FormVersion,
                    r.Respondent,
                    r.RespondentName,
                    r.CompanyId,
                    r.CoachId,
                    r.SessionId,
                    r.Title,
                    r.RequestedAt,
                    r.DueAt,
                    r.Status,
                    r.AnsweredAt,
                    r.Status == FormRequestStatus.Open && r.DueAt is { } due && due < now))];
            },
            cancellationToken);
}
