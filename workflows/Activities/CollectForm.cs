using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Collection;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Activities;

/// <summary>
/// Asks a programme form (<see cref="Form"/>, its latest version at the time of the request) of the journey's company,
/// of its coach, of each company recorded present at an event, or of each of the programme's event organisers about an event (<see cref="To"/>), then waits for the answers
/// (signal <c>form-answered</c>, key <c>form-request-{id}</c>). After <see cref="Due"/> plus <see cref="RemindAfter"/>
/// whoever has not answered is reminded; after a further <see cref="EscalateAfter"/> the programme's managers are told
/// (attendees, organisers: the activity completes then with the answers received). Completes with outcome <c>Answered</c> and the
/// answers object in <see cref="Variable"/> (attendees, organisers: <c>Collected</c> and the counts), or <c>Withdrawn</c> when a
/// manager withdrew the request.
/// </summary>
/// <remarks>
/// The requests, the contact's portal link and the <c>form-requested</c> e-mail are written in the step's transaction;
/// a replayed step finds its requests by plan key. An <c>If</c> reads an answer as <c>answers.satisfaction</c> (or
/// <c>answers["company-name"]</c> for an id with a dash; an amount is <c>answers.revenue.amount</c>).
/// </remarks>
[ActivityType("CollectForm")]
public sealed class CollectForm : Activity
{
    /// <summary>Gets the form's id in the programme (required).</summary>
    public required string Form { get; init; }

    /// <summary>Gets who is asked (default the company).</summary>
    public CollectFormTo To { get; init; } = CollectFormTo.Company;

    /// <summary>
    /// Gets a title for the respondent, a template (<c>Cold feedback ${occurrence + 1}</c>); default the form's name.
    /// Asked of an event's attendees or organisers, it may name the event: <c>${eventTitle}</c> is its title.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>Gets, for <see cref="CollectFormTo.Attendees"/> and <see cref="CollectFormTo.Organisers"/>, the event: a session id or a variable holding one (default <c>lastSessionId</c>).</summary>
    public string? SessionId { get; init; }

    /// <summary>Gets how long after the request an answer is due (default 14 days).</summary>
    public IsoDuration Due { get; init; } = IsoDuration.FromDays(14);

    /// <summary>Gets how long after the request an answer may still be changed (default: until it is due).</summary>
    public IsoDuration? EditableFor { get; init; }

    /// <summary>Gets how long after the due time a missing answer reminds the respondent (default three days).</summary>
    public IsoDuration RemindAfter { get; init; } = IsoDuration.FromDays(3);

    /// <summary>Gets how long after the reminder a missing answer goes to the programme's managers (default five days).</summary>
    public IsoDuration EscalateAfter { get; init; } = IsoDuration.FromDays(5);

    /// <summary>Gets the variable the answers go to (default <c>answers</c>).</summary>
    public string Variable { get; init; } = "answers";

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Now;
        var details = new FormAskDetails(
            Title is null || To is CollectFormTo.Attendees or CollectFormTo.Organisers ? null : ActivityValues.Interpolate(context, Title),
            Due.AddTo(now, context.TimeZone),
            EditableFor?.AddTo(now, context.TimeZone),
            null,
            ActivityValues.PlanKey(context));
        var requests = To is CollectFormTo.Attendees or CollectFormTo.Organisers
            ? await AskAtEventAsync(context, details)
            : [await AskCompanyOrCoachAsync(context, details)];
        return CollectFormWait.Begin(context, this, requests, details.DueAt!.Value);
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> OnResumedAsync(ActivityContext context, BookmarkResumption resumption) =>
        CollectFormWait.ResumeAsync(context, this, resumption);

    /// <inheritdoc />
    protected override IEnumerable<DefinitionProblem> Validate(string path)
    {
        if (string.IsNullOrWhiteSpace(Form) || Form.Length > FormLimits.MaxIdLength)
        {
            yield return new DefinitionProblem($"{path}.form", "a form id from the programme's forms is needed");
        }

        if (string.IsNullOrWhiteSpace(Variable))
        {
            yield return new DefinitionProblem($"{path}.variable", "a variable name is needed");
        }

        if (Due.IsZero)
        {
            yield return new DefinitionProblem($"{path}.due", "must be longer than zero");
        }

        if (SessionId is not null && To is not (CollectFormTo.Attendees or CollectFormTo.Organisers))
        {
            yield return new DefinitionProblem($"{path}.sessionId", "only the attendees or organisers of an event are found by session");
        }
    }

    private async Task<FormRequest> AskCompanyOrCoachAsync(ActivityContext context, FormAskDetails details)
    {
        var companyId = ActivityValues.RequireGuid(context, "companyId", "CollectForm");
        var variableCoachId = ActivityValues.ReadGuid(context, "coachId");
        return await ActivityValues.Store(context).WriteAsync(
            async db =>
            {
                var company = await db.Companies.AsNoTracking().SingleOrDefaultAsync(c => c.Id == companyId, context.CancellationToken)
                    ?? throw new InvalidOperationException($"Company {companyId} does not exist: no form can be asked of it.");
                var form = await LatestFormAsync(db, company.CohortId, context.CancellationToken);
                if (To == CollectFormTo.Company)
                {
                    return await FormAsking.AskCompanyAsync(db, form, company, RespondentKind.Company, details, context.Now, Audit.AuditLog.System, context.CancellationToken);
                }

                var coachId = company.CoachId ?? variableCoachId
                    ?? throw new InvalidOperationException($"{company.Name} has no coach yet: run AssignCoach before a CollectForm to the coach.");
                var coach = await db.Coaches.AsNoTracking().SingleAsync(c => c.Id == coachId, context.CancellationToken);
                return await FormAsking.AskCoachAsync(db, form, coach, company, details, context.Now, context.CancellationToken);
            },
            context.CancellationToken);
    }

    private async Task<IReadOnlyList<FormRequest>> AskAtEventAsync(ActivityContext context, FormAskDetails details)
    {
        var source = SessionId ?? "lastSessionId";
        var who = To == CollectFormTo.Organisers ? "organisers" : "attendees";
        var sessionId = Guid.TryParse(source, out var literal) ? literal : ActivityValues.ReadGuid(context, source)
            ?? throw new InvalidOperationException($"CollectForm to {who} needs an event: '{source}' holds no session id (put it after a CollectiveEvent, or set sessionId).");
        return await ActivityValues.Store(context).WriteAsync<IReadOnlyList<FormRequest>>(
            async db =>
            {
                var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, context.CancellationToken)
                    ?? throw new InvalidOperationException($"Session {sessionId} does not exist: its {who} cannot be asked.");
                if (session.Outcome is null && !session.IsCancelled)
                {
                    throw new InvalidOperationException($"The outcome of '{session.Title}' is not recorded yet: its {who} are asked once it is (put CollectForm after the event).");
                }

                var form = await LatestFormAsync(db, session.CohortId, context.CancellationToken);
                var titled = details with { Title = EventTitle(context, session) };
                if (To == CollectFormTo.Organisers)
                {
                    return await AskOrganisersAsync(db, form, session, titled, context);
                }

                var present = session.Outcome?.Attendance.Where(a => a.Present).Select(a => a.CompanyId).ToList() ?? [];
                var companies = await db.Companies.AsNoTracking().Where(c => present.Contains(c.Id)).OrderBy(c => c.Name).ToListAsync(context.CancellationToken);
                List<FormRequest> asked = [];
                foreach (var company in companies)
                {
                    var own = titled with { SessionId = session.Id, PlanKey = $"{titled.PlanKey}/{company.Id:N}" };
                    asked.Add(await FormAsking.AskCompanyAsync(db, form, company, RespondentKind.Attendee, own, context.Now, Audit.AuditLog.System, context.CancellationToken));
                }

                return asked;
            },
            context.CancellationToken);
    }

    /// <summary>The title template with <c>eventTitle</c> set to the event's (several events of one instance may be under way: the variable is this one's now).</summary>
    private string? EventTitle(ActivityContext context, Domain.Session session)
    {
        if (Title is null)
        {
            return null;
        }

        context.SetVariable("eventTitle", System.Text.Json.Nodes.JsonValue.Create(session.Title));
        return ActivityValues.Interpolate(context, Title);
    }

    private static async Task<IReadOnlyList<FormRequest>> AskOrganisersAsync(
        Persistence.CohortsDbContext db, FormVersion form, Domain.Session session, FormAskDetails details, ActivityContext context)
    {
        var organisers = await db.Programmes.AsNoTracking().Where(p => p.Id == form.ProgrammeId).Select(p => p.EventOrganisers).SingleAsync(context.CancellationToken);
        List<FormRequest> asked = [];
        foreach (var email in organisers.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            var own = details with { SessionId = session.Id, PlanKey = $"{details.PlanKey}/organiser/{KeyOf(email)}" };
            asked.Add(await FormAsking.AskOrganiserAsync(db, form, email, session, own, context.Now, context.CancellationToken));
        }

        return asked;
    }

    // An address can be long: the plan key carries a short digest of it instead.
    private static string KeyOf(string email) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email.ToLowerInvariant())))[..16];

    private async Task<FormVersion> LatestFormAsync(Persistence.CohortsDbContext db, Guid cohortId, CancellationToken cancellationToken)
    {
        var programmeId = await db.Cohorts.AsNoTracking().Where(k => k.Id == cohortId).Select(k => k.ProgrammeId).SingleAsync(cancellationToken);
        return await db.FormVersions.AsNoTracking()
            .Where(v => v.ProgrammeId == programmeId && v.FormId == Form)
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"Programme '{programmeId}' has no form '{Form}': publish it on the programme's forms page first.");
    }
}
