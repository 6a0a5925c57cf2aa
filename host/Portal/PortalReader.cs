using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Portal;

/// <summary>
/// Reads what a company's contact sees: its journey (sessions to come and held, milestones, actions), the forms asked of
/// it (the company or its attendees), and the documents shared with it. Only the company's own rows are read.
/// </summary>
public sealed class PortalReader(IDbContextFactory<CohortsDbContext> domain, AttachmentService attachments, TimeProvider clock)
{
    /// <summary>The most rows of each list shown.</summary>
    public const int MaxListed = 100;

    private static readonly RespondentKind[] Respondents = [RespondentKind.Company, RespondentKind.Attendee];

    /// <summary>The company's journey.</summary>
    public async Task<PortalJourney> ReadAsync(Company company, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        var now = clock.GetUtcNow();
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == company.CohortId, cancellationToken);
        var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == cohort.ProgrammeId, cancellationToken);
        var coach = company.CoachId is { } coachId ? await db.Coaches.AsNoTracking().SingleOrDefaultAsync(c => c.Id == coachId, cancellationToken) : null;
        var sessions = (await db.Sessions.AsNoTracking().Where(s => s.CohortId == company.CohortId).ToListAsync(cancellationToken))
            .Where(s => s.CompanyIds.Contains(company.Id))
            .ToList();
        var next = sessions.Where(s => !s.IsSettled && s.EndsAt >= now).OrderBy(s => s.PlannedAt).Take(MaxListed).Select(Session).ToList();
        var held = sessions.Where(s => Attended(s, company.Id)).OrderByDescending(s => s.PlannedAt).Take(MaxListed).ToList();
        var actions = held.SelectMany(s => s.Outcome!.Actions.Select(a => new PortalAction(a.Description, a.Owner, a.DueOn, s.Title, s.PlannedAt))).Take(MaxListed).ToList();
        var milestones = (await db.Milestones.AsNoTracking().Where(m => m.CompanyId == company.Id).ToListAsync(cancellationToken))
            .OrderBy(m => m.DueAt).Take(MaxListed)
            .Select(m => new PortalMilestone(m.Id, m.Name, m.Criteria, m.DueAt, MilestoneState(m)))
            .ToList();
        var forms = await FormsAsync(db, company.Id, now, cancellationToken);
        var documents = (await attachments.SharedWithCompanyAsync(company.Id, [.. sessions.Select(s => s.Id)], cancellationToken))
            .Take(MaxListed)
            .Select(a => new PortalDocument(a.Id, a.Name, a.ContentType, a.Size, a.Url, a.AddedAt))
            .ToList();
        return new PortalJourney(
            company.Id,
            company.Name,
            cohort.Name,
            programme?.Name ?? cohort.ProgrammeId,
            coach?.Name,
            coach?.Email,
            next,
            milestones,
            held.Select(Session).ToList(),
            actions,
            forms.Where(f => f.Status == "open").ToList(),
            forms.Where(f => f.Status == "answered").ToList(),
            documents);
    }

    /// <summary>The company's sessions to come (for its calendar).</summary>
    public async Task<IReadOnlyList<PortalSession>> NextSessionsAsync(Guid companyId, Guid cohortId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        return (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).ToListAsync(cancellationToken))
            .Where(s => s.CompanyIds.Contains(companyId) && !s.IsSettled && s.EndsAt >= now)
            .OrderBy(s => s.PlannedAt)
            .Take(MaxListed)
            .Select(Session)
            .ToList();
    }

    /// <summary>The forms asked of the company, latest first.</summary>
    public async Task<IReadOnlyList<PortalFormItem>> FormsAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        return await FormsAsync(db, companyId, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>One form asked of the company, or null when it is not the company's (or does not exist).</summary>
    public async Task<PortalFormView?> FormAsync(Guid companyId, Guid requestId, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var request = await db.FormRequests.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == requestId && r.CompanyId == companyId && Respondents.Contains(r.Respondent), cancellationToken);
        if (request is null)
        {
            return null;
        }

        var version = await db.FormVersions.AsNoTracking()
            .SingleAsync(v => v.ProgrammeId == request.ProgrammeId && v.FormId == request.FormId && v.Version == request.FormVersion, cancellationToken);
        var form = version.ReadDefinition();
        var answer = await db.FormAnswers.AsNoTracking().SingleOrDefaultAsync(a => a.RequestId == requestId, cancellationToken);
        return new PortalFormView(Item(request, form.Name, clock.GetUtcNow()), form, answer is null ? null : JsonNode.Parse(answer.Json) as JsonObject, answer?.SubmittedBy);
    }

    /// <summary>A session as the portal shows it.</summary>
    public static PortalSession Session(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new PortalSession(session.Id, session.Title, JsonNamingPolicy.CamelCase.ConvertName(session.Kind.ToString()), session.PlannedAt, session.EndsAt, session.Location);
    }

    private static async Task<List<PortalFormItem>> FormsAsync(CohortsDbContext db, Guid companyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var requests = (await db.FormRequests.AsNoTracking()
                .Where(r => r.CompanyId == companyId && Respondents.Contains(r.Respondent) && r.Status != FormRequestStatus.Cancelled)
                .ToListAsync(cancellationToken))
            .OrderByDescending(r => r.RequestedAt)
            .Take(MaxListed)
            .ToList();
        var keys = requests.Select(r => (r.ProgrammeId, r.FormId, r.FormVersion)).Distinct().ToList();
        var programmeIds = keys.Select(k => k.ProgrammeId).Distinct().ToList();
        var formIds = keys.Select(k => k.FormId).Distinct().ToList();
        var versions = (await db.FormVersions.AsNoTracking()
                .Where(v => programmeIds.Contains(v.ProgrammeId) && formIds.Contains(v.FormId))
                .ToListAsync(cancellationToken))
            .Where(v => keys.Contains((v.ProgrammeId, v.FormId, v.Version)))
            .ToDictionary(v => (v.ProgrammeId, v.FormId, v.Version), v => v.ReadDefinition().Name);
        return requests
            .Select(r => Item(r, versions.GetValueOrDefault((r.ProgrammeId, r.FormId, r.FormVersion)) ?? new FormLabel(r.FormId, r.FormId), now))
            .ToList();
    }

    private static PortalFormItem Item(FormRequest request, FormLabel name, DateTimeOffset now)
    {
        var canAnswer = request.Status == FormRequestStatus.Open
            || (request.Status == FormRequestStatus.Answered && request.EditDeadline is { } deadline && now <= deadline);
        var status = request.Status switch
        {
            FormRequestStatus.Open => "open",
            FormRequestStatus.Answered => "answered",
            _ => "cancelled",
        };
        return new PortalFormItem(request.Id, name, request.Title, request.DueAt, status, request.AnsweredAt, request.EditDeadline, canAnswer);
    }

    private static bool Attended(Session session, Guid companyId) =>
        session is { Outcome: { NoShow: false } outcome, IsCancelled: false }
        && (outcome.Attendance.Count == 0 || outcome.Attendance.Any(a => a.CompanyId == companyId && a.Present));

    private static string MilestoneState(Milestone milestone) => milestone.Decisions.LastOrDefault()?.Outcome switch
    {
        null => "open",
        MilestoneOutcome.Passed => "passed",
        MilestoneOutcome.Failed => "failed",
        MilestoneOutcome.NeedsWork => "needsWork",
        _ => "cancelled",
    };
}
