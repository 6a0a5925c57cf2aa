using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Reporting.TravelBook;

/// <summary>
/// Reads a cohort's travel book (docs/domain.md, "CIME learning expedition"): its visits (the cohort's events of kind
/// Visit, with their hosts from the directory), the answers given about each visit by its participants (the analyses),
/// and the cross-cutting lessons (the programme's form <see cref="LessonsForm"/>: its questions are the lessons, the
/// organisers' answers are what is written under them). The caller decided who may read it.
/// </summary>
public sealed class TravelBookReader(IDbContextFactory<CohortsDbContext> domain)
{
    /// <summary>The id of the lessons form (the CIME learning expedition's template names it so).</summary>
    public const string LessonsForm = "enseignements-transverses";

    /// <summary>Reads the travel book of <paramref name="cohortId"/>.</summary>
    /// <exception cref="DomainRuleException">No such cohort (404 at <c>cohortId</c>).</exception>
    public async Task<TravelBookData> ReadAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken)
            ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
        var programme = await db.Programmes.AsNoTracking().SingleAsync(p => p.Id == cohort.ProgrammeId, cancellationToken);
        var visits = (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Kind == SessionKind.Visit).ToListAsync(cancellationToken))
            .Where(s => !s.IsCancelled)
            .OrderBy(s => s.PlannedAt)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .ToList();
        var visitIds = visits.Select(v => v.Id).ToList();
        var hosts = await db.EventOrganisations.AsNoTracking()
            .Where(e => visitIds.Contains(e.SessionId) && e.Role == EventOrganisationRole.Host)
            .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => new { e.SessionId, o.Name })
            .ToListAsync(cancellationToken);
        var analyses = await db.FormAnswers.AsNoTracking()
            .Where(a => a.SessionId != null && visitIds.Contains(a.SessionId.Value) && a.CompanyId != null)
            .ToListAsync(cancellationToken);
        var lessons = await db.FormAnswers.AsNoTracking()
            .Where(a => a.CohortId == cohortId && a.FormId == LessonsForm)
            .ToListAsync(cancellationToken);
        var companyIds = analyses.Select(a => a.CompanyId!.Value).Distinct().ToList();
        var companies = await db.Companies.AsNoTracking().Where(c => companyIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var forms = await FormsAsync(db, programme.Id, analyses.Concat(lessons), cancellationToken);
        var lessonsForm = await db.FormVersions.AsNoTracking()
            .Where(v => v.ProgrammeId == programme.Id && v.FormId == LessonsForm)
            .OrderByDescending(v => v.Version)
            .FirstOrDefaultAsync(cancellationToken);

        return new TravelBookData(
            programme.Name,
            cohort.Name,
            cohort.StartDate,
            cohort.EndDate,
            TimeZoneInfo.FindSystemTimeZoneById(programme.TimeZoneId),
            [.. visits.Select(v => new TravelBookVisit(
                v.Title,
                v.PlannedAt,
                v.Location,
                [.. hosts.Where(h => h.SessionId == v.Id).Select(h => h.Name).Order(StringComparer.Ordinal)],
                v.Outcome?.Attendance.Count(a => a.Present),
                [.. analyses.Where(a => a.SessionId == v.Id)
                    .OrderBy(a => companies.GetValueOrDefault(a.CompanyId!.Value, string.Empty), StringComparer.CurrentCulture)
                    .Select(a => new TravelBookAnswer(companies.GetValueOrDefault(a.CompanyId!.Value, a.SubmittedBy), Texts(forms[(a.FormId, a.FormVersion)], a.Json)))
                    .Where(a => a.Texts.Count > 0)]))],
            lessonsForm is null ? [] : Lessons(lessonsForm.ReadDefinition(), lessons.OrderBy(a => a.SubmittedAt).ToList()));
    }

    private static List<TravelBookLesson> Lessons(FormDefinition form, List<FormAnswer> answers) =>
        [.. form.Questions.Select(q => new TravelBookLesson(
            q.Label,
            q.Help,
            [.. answers.Select(a => Text(q, Parse(a.Json)?[q.Id])).OfType<FormLabel>()]))];

    private static async Task<Dictionary<(string FormId, int Version), FormDefinition>> FormsAsync(CohortsDbContext db, string programmeId, IEnumerable<FormAnswer> answers, CancellationToken cancellationToken)
    {
        var wanted = answers.Select(a => (a.FormId, a.FormVersion)).Distinct().ToList();
        var formIds = wanted.Select(w => w.FormId).Distinct().ToList();
        var versions = await db.FormVersions.AsNoTracking().Where(v => v.ProgrammeId == programmeId && formIds.Contains(v.FormId)).ToListAsync(cancellationToken);
        return versions.Where(v => wanted.Contains((v.FormId, v.Version))).ToDictionary(v => (v.FormId, v.Version), v => v.ReadDefinition());
    }

    private static List<(FormLabel Question, FormLabel Text)> Texts(FormDefinition form, string json)
    {
        var answers = Parse(json);
        return [.. form.Questions.Select(q => (q.Label, Text: Text(q, answers?[q.Id]))).Where(t => t.Text is not null).Select(t => (t.Label, t.Text!))];
    }

    private static JsonObject? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null; // stored answers are validated: a broken row shows nothing rather than failing the book
        }
    }

    // Texts as written; an option by its label; anything else as its JSON value. Blank answers are left out.
    private static FormLabel? Text(FormQuestion question, JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetValue<string>()) ? null : OptionOrText(question, v.GetValue<string>()),
        JsonArray { Count: 0 } => null,
        JsonArray items => Join([.. items.Select(i => i is JsonValue s && s.GetValueKind() == JsonValueKind.String ? OptionOrText(question, s.GetValue<string>()) : Same(i?.ToJsonString() ?? string.Empty))]),
        _ => Same(value.ToJsonString()),
    };

    private static FormLabel OptionOrText(FormQuestion question, string value) =>
        question.Options.FirstOrDefault(o => o.Id == value)?.Label ?? Same(value);

    private static FormLabel Join(List<FormLabel> labels) =>
        new(string.Join(", ", labels.Select(l => l.En)), string.Join(", ", labels.Select(l => l.Fr)));

    private static FormLabel Same(string text) => new(text, text);
}
