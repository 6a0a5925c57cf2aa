using System.Security.Claims;
using Cohorts.Host.Identity;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Evaluations;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Access;

/// <summary>
/// The signed-in user's rights, checked on every read and write of the API and the pages (one instance per request):
/// a manager has everything in the programmes they manage; a coach sees and records only their own companies and
/// sessions; a funder reads the cohorts they fund and decides the milestones assigned to funders; an administrator
/// manages the accounts (and only them). Coaches and funders
/// are the cohorts' coach and funder records with the user's e-mail address. A refusal throws
/// <see cref="AccessDeniedException"/> (403); something that does not exist throws a not-found
/// <see cref="DomainRuleException"/> (404) naming the field.
/// </summary>
public sealed class UserAccess
{
    private readonly IHttpContextAccessor _http;
    private readonly IDbContextFactory<CohortsDbContext> _domain;
    private readonly CohortsIdentityDbContext _identity;
    private readonly AccessCache _cache;
    private IReadOnlySet<string>? _managed;
    private List<Coach>? _coaching;
    private List<Funder>? _funding;

    /// <summary>Initializes a new instance of the <see cref="UserAccess"/> class.</summary>
    public UserAccess(IHttpContextAccessor http, IDbContextFactory<CohortsDbContext> domain, CohortsIdentityDbContext identity, AccessCache cache)
    {
        _http = http;
        _domain = domain;
        _identity = identity;
        _cache = cache;
    }

    /// <summary>Gets the signed-in user.</summary>
    public ClaimsPrincipal User => _http.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    /// <summary>Gets the signed-in user's id.</summary>
    public string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new AccessDeniedException("Sign in first.");

    /// <summary>Gets the signed-in user's e-mail address (their sign-in name).</summary>
    public string Email => User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? string.Empty;

    /// <summary>Gets a value indicating whether the user is a programme manager.</summary>
    public bool IsManager => User.IsInRole(CohortsRoles.Manager);

    /// <summary>Gets a value indicating whether the user is a coach.</summary>
    public bool IsCoach => User.IsInRole(CohortsRoles.Coach);

    /// <summary>Gets a value indicating whether the user is a funder.</summary>
    public bool IsFunder => User.IsInRole(CohortsRoles.Funder);

    /// <summary>Gets a value indicating whether the user is an administrator (manages the accounts).</summary>
    public bool IsAdministrator => User.IsInRole(CohortsRoles.Administrator);

    /// <summary>Refuses unless the user is an administrator.</summary>
    public void RequireAdministrator()
    {
        if (!IsAdministrator)
        {
            throw new AccessDeniedException("Only an administrator manages accounts.");
        }
    }

    /// <summary>Refuses unless the user may read the organisations directory: a manager or an administrator.</summary>
    public void RequireDirectoryReader()
    {
        if (!IsManager && !IsAdministrator)
        {
            throw new AccessDeniedException("The organisations directory is for managers and administrators.");
        }
    }

    /// <summary>Refuses unless the user may add, edit, archive and restore organisations: a manager or an administrator.</summary>
    public void RequireDirectoryWriter()
    {
        if (!IsManager && !IsAdministrator)
        {
            throw new AccessDeniedException("Only a manager or an administrator changes the organisations directory.");
        }
    }

    /// <summary>
    /// Refuses unless the user may read a programme's organisations (partners, funders, hosts...): its managers, and the
    /// funders of its cohorts.
    /// </summary>
    public async Task RequireProgrammeOrganisationsReaderAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        if ((await GetManagedProgrammeIdsAsync(cancellationToken)).Contains(programmeId))
        {
            return;
        }

        var funded = (await GetFunderRecordsAsync(cancellationToken)).Select(f => f.CohortId).ToList();
        if (funded.Count > 0)
        {
            await using var db = await _domain.CreateDbContextAsync(cancellationToken);
            if (await db.Cohorts.AsNoTracking().AnyAsync(c => c.ProgrammeId == programmeId && funded.Contains(c.Id), cancellationToken))
            {
                return;
            }
        }

        throw new AccessDeniedException("The organisations of this programme are for its managers and its cohorts' funders.");
    }

    /// <summary>Gets the ids of the programmes the user manages (none unless a manager).</summary>
    public async Task<IReadOnlySet<string>> GetManagedProgrammeIdsAsync(CancellationToken cancellationToken = default)
    {
        if (_managed is null)
        {
            var userId = UserId;
            _managed = IsManager ? await _cache.ManagedProgrammeIdsAsync(_identity, userId, cancellationToken) : new HashSet<string>();
        }

        return _managed;
    }

    /// <summary>Gets the user's coach records, one per cohort they coach in (none unless a coach).</summary>
    public async Task<IReadOnlyList<Coach>> GetCoachRecordsAsync(CancellationToken cancellationToken = default)
    {
        if (_coaching is null)
        {
            var email = Email;
            _coaching = IsCoach && email.Length > 0 ? await AccessQueries.CoachRecordsAsync(_domain, email, cancellationToken) : [];
        }

        return _coaching;
    }

    /// <summary>Gets the user's funder records, one per cohort they fund (none unless a funder).</summary>
    public async Task<IReadOnlyList<Funder>> GetFunderRecordsAsync(CancellationToken cancellationToken = default)
    {
        if (_funding is null)
        {
            var email = Email;
            _funding = IsFunder && email.Length > 0 ? await AccessQueries.FunderRecordsAsync(_domain, email, cancellationToken) : [];
        }

        return _funding;
    }

    /// <summary>Gets the ids of the cohorts the user may see (managed programmes' cohorts, coached and funded cohorts).</summary>
    public async Task<IReadOnlyList<Guid>> GetVisibleCohortIdsAsync(CancellationToken cancellationToken = default)
    {
        var managed = await GetManagedProgrammeIdsAsync(cancellationToken);
        var ids = new HashSet<Guid>((await GetCoachRecordsAsync(cancellationToken)).Select(c => c.CohortId));
        ids.UnionWith((await GetFunderRecordsAsync(cancellationToken)).Select(f => f.CohortId));
        if (managed.Count > 0)
        {
            var programmeIds = managed.ToList();
            await using var db = await _domain.CreateDbContextAsync(cancellationToken);
            ids.UnionWith(await db.Cohorts.AsNoTracking().Where(c => programmeIds.Contains(c.ProgrammeId)).Select(c => c.Id).ToListAsync(cancellationToken));
        }

        return [.. ids];
    }

    /// <summary>Refuses unless the user manages the programme.</summary>
    public async Task RequireProgrammeManagerAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        if (!(await GetManagedProgrammeIdsAsync(cancellationToken)).Contains(programmeId))
        {
            throw new AccessDeniedException("You do not manage this programme.");
        }
    }

    /// <summary>Gets what the user is to a cohort (which may be nothing).</summary>
    public async Task<CohortAccess> GetCohortAccessAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var (cohort, programme) = await _cache.CohortAsync(_domain, cohortId, cancellationToken)
            ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
        var coachId = await CoachIdInAsync(cohortId, cancellationToken);
        var funderId = await FunderIdInAsync(cohortId, cancellationToken);
        return await DecideAsync(cohort, programme, coachId, funderId, cancellationToken);
    }

    /// <summary>Gets what the user is to a cohort already read, with its programme (lists decide many cohorts this way).</summary>
    public async Task<CohortAccess> GetCohortAccessAsync(Cohort cohort, Programme programme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(programme);
        var cohortId = cohort.Id;
        var coachId = (await GetCoachRecordsAsync(cancellationToken)).FirstOrDefault(c => c.CohortId == cohortId)?.Id;
        var funderId = (await GetFunderRecordsAsync(cancellationToken)).FirstOrDefault(f => f.CohortId == cohortId)?.Id;
        return await DecideAsync(cohort, programme, coachId, funderId, cancellationToken);
    }

    /// <summary>What the user is to a cohort, given their coach and funder records in it (however they were read).</summary>
    private async Task<CohortAccess> DecideAsync(Cohort cohort, Programme programme, Guid? coachId, Guid? funderId, CancellationToken cancellationToken)
    {
        var manages = (await GetManagedProgrammeIdsAsync(cancellationToken)).Contains(cohort.ProgrammeId);
        return new CohortAccess(cohort, programme, manages, coachId, funderId) { OrganisesEvents = programme.IsEventOrganiser(Email) };
    }

    /// <summary>
    /// The user's coach record in one cohort: read alone (by the cohort's index) unless all their records are read
    /// already, so that a single check does not read the records of every cohort they coach in.
    /// </summary>
    private async Task<Guid?> CoachIdInAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        var email = Email;
        return _coaching is not null || !IsCoach || email.Length == 0
            ? (await GetCoachRecordsAsync(cancellationToken)).FirstOrDefault(c => c.CohortId == cohortId)?.Id
            : await AccessQueries.CoachIdAsync(_domain, cohortId, email, cancellationToken);
    }

    /// <summary>The user's funder record in one cohort, as <see cref="CoachIdInAsync"/>: a funder of 1,000 cohorts has 1,000.</summary>
    private async Task<Guid?> FunderIdInAsync(Guid cohortId, CancellationToken cancellationToken)
    {
        var email = Email;
        return _funding is not null || !IsFunder || email.Length == 0
            ? (await GetFunderRecordsAsync(cancellationToken)).FirstOrDefault(f => f.CohortId == cohortId)?.Id
            : await AccessQueries.FunderIdAsync(_domain, cohortId, email, cancellationToken);
    }

    /// <summary>Refuses unless the user may see the cohort; returns what they are to it.</summary>
    public async Task<CohortAccess> RequireCohortViewerAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var access = await GetCohortAccessAsync(cohortId, cancellationToken);
        return access.CanView ? access : throw new AccessDeniedException("You have no part in this cohort.");
    }

    /// <summary>Refuses unless the user manages the cohort's programme.</summary>
    public async Task<CohortAccess> RequireCohortManagerAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var access = await GetCohortAccessAsync(cohortId, cancellationToken);
        return access.Manages ? access : throw NotManager();
    }

    private static AccessDeniedException NotManager() => new("You do not manage this cohort.");

    /// <summary>
    /// Refuses unless the user may list, see and record the cohort's collective events: its programme's manager, or an
    /// event organiser the programme names (<see cref="Programme.EventOrganisers"/>, whatever their role).
    /// </summary>
    public async Task<CohortAccess> RequireEventRunnerAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        var access = await GetCohortAccessAsync(cohortId, cancellationToken);
        return access.RunsEvents ? access : throw new AccessDeniedException("You neither manage nor organise this cohort's events.");
    }

    /// <summary>Gets the ids of the cohorts whose programme names the user an event organiser.</summary>
    public async Task<IReadOnlySet<Guid>> GetOrganisedCohortIdsAsync(CancellationToken cancellationToken = default)
    {
        var email = Email;
        if (email.Length == 0)
        {
            return new HashSet<Guid>();
        }

        await using var db = await _domain.CreateDbContextAsync(cancellationToken);

        // Programmes are few, and the organisers a JSON column: filtered here.
        var programmeIds = (await db.Programmes.AsNoTracking().ToListAsync(cancellationToken)).Where(p => p.IsEventOrganiser(email)).Select(p => p.Id).ToList();
        return programmeIds.Count == 0
            ? new HashSet<Guid>()
            : (await db.Cohorts.AsNoTracking().Where(c => programmeIds.Contains(c.ProgrammeId)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>
    /// Refuses unless the user may see the company: its cohort's manager or funder, or its own coach. With
    /// <paramref name="change"/>, a funder is refused too.
    /// </summary>
    public async Task<Company> RequireCompanyAsync(Guid companyId, bool change = false, CancellationToken cancellationToken = default) =>
        (await RequireCompanyAccessAsync(companyId, change, cancellationToken)).Company;

    /// <summary>
    /// Refuses unless the user manages the company's cohort: <see cref="RequireCompanyAsync"/> with <c>change</c>, then
    /// <see cref="RequireCohortManagerAsync"/> (their refusals, in that order), the cohort read once.
    /// </summary>
    public async Task<Company> RequireCompanyManagerAsync(Guid companyId, CancellationToken cancellationToken = default)
    {
        var (company, access) = await RequireCompanyAccessAsync(companyId, change: true, cancellationToken);
        return access.Manages ? company : throw NotManager();
    }

    private async Task<(Company Company, CohortAccess Access)> RequireCompanyAccessAsync(Guid companyId, bool change, CancellationToken cancellationToken)
    {
        var company = await AccessQueries.CompanyAsync(_domain, companyId, cancellationToken)
            ?? throw DomainRuleException.NotFound("companyId", "company", companyId);
        var access = await GetCohortAccessAsync(company.CohortId, cancellationToken);
        var allowed = access.Manages
            || (access.CoachId is { } coachId && company.CoachId == coachId)
            || (!change && access.FunderId is not null);
        return allowed ? (company, access) : throw new AccessDeniedException($"This company is not yours to {(change ? "change" : "see")}.");
    }

    /// <summary>
    /// Refuses unless the user may see the session: its cohort's manager or funder, its coach, or the coach of one of
    /// its companies (collective events), or, for a collective event, an event organiser its programme names. With
    /// <paramref name="record"/>, only the manager, the session's own coach and, for a collective event, a named organiser.
    /// </summary>
    public async Task<(Session Session, CohortAccess Access)> RequireSessionAsync(Guid sessionId, bool record = false, CancellationToken cancellationToken = default)
    {
        var session = await AccessQueries.SessionAsync(_domain, sessionId, cancellationToken)
            ?? throw DomainRuleException.NotFound("sessionId", "session", sessionId);

        var access = await GetCohortAccessAsync(session.CohortId, cancellationToken);
        var ownCoach = access.CoachId is { } own && session.CoachId == own;
        var organiser = session.CoachId is null && access.OrganisesEvents;
        var allowed = record
            ? access.Manages || ownCoach || organiser
            : access.SeesAllCompanies || ownCoach || organiser || await CoachesOneOfAsync(access, session, cancellationToken);
        return allowed
            ? (session, access)
            : throw new AccessDeniedException($"This session is not yours to {(record ? "record" : "see")}.");
    }

    /// <summary>
    /// Whether the user coaches one of the session's companies (a collective event seen by the coach of a company
    /// invited): their companies are read only when nothing else already decided.
    /// </summary>
    private async Task<bool> CoachesOneOfAsync(CohortAccess access, Session session, CancellationToken cancellationToken)
    {
        if (access.CoachId is not { } coachId || session.CompanyIds.Count == 0)
        {
            return false;
        }

        await using var db = await _domain.CreateDbContextAsync(cancellationToken);
        var coached = await db.Companies.AsNoTracking().Where(c => c.CoachId == coachId).Select(c => c.Id).ToListAsync(cancellationToken);
        return session.CompanyIds.Any(coached.Contains);
    }

    /// <summary>
    /// Refuses unless the user may see the milestone (its cohort's manager or funder, or the coach of its company);
    /// with <paramref name="decide"/>, unless they are the reviewer it names: a manager of the programme, or a funder of
    /// the cohort.
    /// </summary>
    public async Task<(Milestone Milestone, CohortAccess Access)> RequireMilestoneAsync(Guid milestoneId, bool decide = false, CancellationToken cancellationToken = default)
    {
        // The company matters to a coach reading the milestone only, never to a decision.
        var (milestone, company) = await AccessQueries.MilestoneAsync(_domain, milestoneId, withCompany: !decide, cancellationToken)
            ?? throw DomainRuleException.NotFound("milestoneId", "milestone", milestoneId);

        var access = await GetCohortAccessAsync(milestone.CohortId, cancellationToken);
        var allowed = decide
            ? milestone.Reviewer switch
            {
                ReviewerRole.Funder => access.FunderId is not null,
                _ => access.Manages,
            }
            : access.SeesAllCompanies || (access.CoachId is { } coachId && company?.CoachId == coachId);
        return allowed
            ? (milestone, access)
            : throw new AccessDeniedException($"This milestone is not yours to {(decide ? "decide" : "see")}.");
    }

    /// <summary>Refuses unless the user manages the cohort of the evaluation round; returns the round.</summary>
    public async Task<EvaluationRound> RequireRoundManagerAsync(Guid roundId, CancellationToken cancellationToken = default)
    {
        EvaluationRound round;
        await using (var db = await _domain.CreateDbContextAsync(cancellationToken))
        {
            round = await db.EvaluationRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken)
                ?? throw DomainRuleException.NotFound("roundId", "round", roundId);
        }

        await RequireCohortManagerAsync(round.CohortId, cancellationToken);
        return round;
    }

    /// <summary>
    /// Gets the user's places as an evaluator in the rounds still open (matched by e-mail address, whatever their
    /// role): what they may see and score. Their access ends when a round closes.
    /// </summary>
    public async Task<IReadOnlyList<RoundEvaluator>> GetEvaluationAssignmentsAsync(CancellationToken cancellationToken = default)
    {
        var email = Email.Trim().ToLowerInvariant();
        if (email.Length == 0)
        {
            return [];
        }

        await using var db = await _domain.CreateDbContextAsync(cancellationToken);
        return await db.RoundEvaluators.AsNoTracking()
            .Where(e => e.Email == email && db.EvaluationRounds.Any(r => r.Id == e.RoundId && r.ClosedAt == null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Refuses unless the company's application is assigned to the user in the round and the round is open; returns
    /// the round. With <paramref name="orManager"/>, the round's manager may read it too.
    /// </summary>
    public async Task<EvaluationRound> RequireEvaluatorAsync(Guid roundId, Guid companyId, bool orManager = false, CancellationToken cancellationToken = default)
    {
        EvaluationRound round;
        await using (var db = await _domain.CreateDbContextAsync(cancellationToken))
        {
            round = await db.EvaluationRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken)
                ?? throw DomainRuleException.NotFound("roundId", "round", roundId);
        }

        if (orManager && (await GetCohortAccessAsync(round.CohortId, cancellationToken)).Manages)
        {
            return round;
        }

        if (round.IsClosed)
        {
            throw new AccessDeniedException($"Round {round.Number} ({round.Name}) is closed: its evaluators' access ended with it.");
        }

        var mine = (await GetEvaluationAssignmentsAsync(cancellationToken)).SingleOrDefault(e => e.RoundId == roundId);
        return mine is not null && mine.Assigned.Contains(companyId)
            ? round
            : throw new AccessDeniedException($"This application is not assigned to you in round {round.Number} ({round.Name}).");
    }

    /// <summary>
    /// Refuses unless the user may see what <paramref name="owner"/> <paramref name="ownerId"/> holds attached (whoever
    /// may see the thing: <see cref="RequireSessionAsync"/>, <see cref="RequireCompanyAsync"/>,
    /// <see cref="RequireMilestoneAsync"/>; a form answer: its programme's managers, its cohort's funders and its
    /// company's coach); with <paramref name="change"/>, unless they may add to it or remove from it: the programme's
    /// managers, a session's own coach or a collective event's named organiser, the coach of the company concerned
    /// (never a funder).
    /// </summary>
    /// <exception cref="DomainRuleException">The thing does not exist (404 at <c>ownerId</c>).</exception>
    /// <exception cref="AccessDeniedException">The user may not see it, or not change it.</exception>
    public async Task RequireAttachmentOwnerAsync(AttachmentOwner owner, string ownerId, bool change = false, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(ownerId, out var id))
        {
            throw DomainRuleException.NotFound("ownerId", owner.ToString().ToLowerInvariant(), ownerId);
        }

        switch (owner)
        {
            case AttachmentOwner.Session:
                await RequireSessionAsync(id, record: change, cancellationToken);
                return;
            case AttachmentOwner.Company:
                await RequireCompanyAsync(id, change, cancellationToken);
                return;
            case AttachmentOwner.Milestone:
                var (milestone, access) = await RequireMilestoneAsync(id, decide: false, cancellationToken);
                if (change && !access.Manages && !await CoachesCompanyAsync(access, milestone.CompanyId, cancellationToken))
                {
                    throw new AccessDeniedException("This milestone is not yours to change.");
                }

                return;
            default:
                await RequireFormRequestAsync(id, change, cancellationToken);
                return;
        }
    }

    private async Task RequireFormRequestAsync(Guid requestId, bool change, CancellationToken cancellationToken)
    {
        Workflows.Forms.FormRequest request;
        await using (var db = await _domain.CreateDbContextAsync(cancellationToken))
        {
            request = await db.FormRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
                ?? throw DomainRuleException.NotFound("ownerId", "form request", requestId);
        }

        var manages = (await GetManagedProgrammeIdsAsync(cancellationToken)).Contains(request.ProgrammeId);
        var access = request.CohortId is { } cohortId ? await GetCohortAccessAsync(cohortId, cancellationToken) : null;
        var allowed = manages
            || (access is not null && await CoachesCompanyAsync(access, request.CompanyId, cancellationToken))
            || (!change && access?.FunderId is not null);
        if (!allowed)
        {
            throw new AccessDeniedException($"This answer is not yours to {(change ? "change" : "see")}.");
        }
    }

    private async Task<bool> CoachesCompanyAsync(CohortAccess access, Guid? companyId, CancellationToken cancellationToken)
    {
        if (access.CoachId is not { } coachId || companyId is not { } id)
        {
            return false;
        }

        await using var db = await _domain.CreateDbContextAsync(cancellationToken);
        return await db.Companies.AsNoTracking().AnyAsync(c => c.Id == id && c.CoachId == coachId, cancellationToken);
    }

    /// <summary>
    /// Refuses unless the user may read the summed-up answers of the programme's forms: its managers read every cohort's
    /// answers (and answers naming no cohort), a funder only those of the cohorts they fund in it. With
    /// <paramref name="cohortId"/>, only that cohort's, which must be the programme's and theirs to read.
    /// </summary>
    /// <returns>The cohorts whose answers the user reads, or null for every answer of the programme.</returns>
    /// <exception cref="DomainRuleException">The cohort is not the programme's (404 at <c>cohortId</c>).</exception>
    /// <exception cref="AccessDeniedException">The user neither manages the programme nor funds a cohort of it (that one).</exception>
    public async Task<IReadOnlyList<Guid>?> RequireAnswerReaderAsync(string programmeId, Guid? cohortId, CancellationToken cancellationToken = default)
    {
        var manages = (await GetManagedProgrammeIdsAsync(cancellationToken)).Contains(programmeId);
        var funded = (await GetFunderRecordsAsync(cancellationToken)).Select(f => f.CohortId).ToList();
        await using var db = await _domain.CreateDbContextAsync(cancellationToken);
        if (cohortId is { } cohort)
        {
            if (!await db.Cohorts.AsNoTracking().AnyAsync(c => c.Id == cohort && c.ProgrammeId == programmeId, cancellationToken))
            {
                throw DomainRuleException.NotFound("cohortId", "cohort", cohort);
            }

            return manages || funded.Contains(cohort) ? [cohort] : throw new AccessDeniedException("The answers of this cohort are for its programme's managers and its funders.");
        }

        if (manages)
        {
            return null;
        }

        var mine = await db.Cohorts.AsNoTracking().Where(c => c.ProgrammeId == programmeId && funded.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        return mine.Count > 0 ? mine : throw new AccessDeniedException("The answers of this programme are for its managers and its cohorts' funders.");
    }

    /// <summary>
    /// Refuses unless the user may answer the form request: the coach a coach's request asks (their own), the event
    /// organiser an organiser's request asks (by their e-mail address, whatever their role), or a manager of its
    /// programme, who enters the respondent's answers on their behalf.
    /// </summary>
    /// <returns>True when the user answers on the respondent's behalf (a manager).</returns>
    public async Task<bool> RequireFormAnswererAsync(Workflows.Forms.FormRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Respondent == Workflows.Forms.RespondentKind.Coach && request.CoachId is { } coachId
            && (await GetCoachRecordsAsync(cancellationToken)).Any(c => c.Id == coachId))
        {
            return false;
        }

        if (request.Respondent == Workflows.Forms.RespondentKind.Organiser && request.RespondentEmail is { } organiser
            && Email.Length > 0 && string.Equals(organiser.Trim(), Email.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return (await GetManagedProgrammeIdsAsync(cancellationToken)).Contains(request.ProgrammeId)
            ? true
            : throw new AccessDeniedException("This form was not asked of you.");
    }

    /// <summary>
    /// Gets the cohorts whose answers to a programme's forms the user may read: all (null) for a manager of the
    /// programme, the cohorts of the programme they fund for a funder; refuses anyone else.
    /// </summary>
    public async Task<IReadOnlyCollection<Guid>?> GetFormAnswerCohortsAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        if ((await GetManagedProgrammeIdsAsync(cancellationToken)).Contains(programmeId))
        {
            return null;
        }

        var funded = (await GetFunderRecordsAsync(cancellationToken)).Select(f => f.CohortId).ToList();
        if (funded.Count > 0)
        {
            await using var db = await _domain.CreateDbContextAsync(cancellationToken);
            var cohorts = await db.Cohorts.AsNoTracking().Where(c => c.ProgrammeId == programmeId && funded.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
            if (cohorts.Count > 0)
            {
                return cohorts;
            }
        }

        throw new AccessDeniedException("You neither manage nor fund this programme.");
    }
}
