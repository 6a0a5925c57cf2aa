using System.Text.Json.Nodes;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.WalkIns;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Demo;

/// <summary>
/// A Tournée de l'innovation under way: started three months ago without companies, each stop held records the
/// companies that came (walk-ins, now and then one met at an earlier stop), and about two in three of the companies
/// met answer the needs questionnaire through their portal link. The companies are the demo's own inventions.
/// </summary>
internal sealed class TourneeDemo : DemoScript
{
    private const string Organiser = "Institut InnovENT-E";

    private static readonly string[] Trades = ["Ateliers", "Forges", "Usinage", "Plastiques", "Mécanique", "Composites", "Conserverie", "Tissage", "Chaudronnerie", "Électronique"];
    private static readonly string[] Towns = ["Albert", "Méaulte", "Saint-Quentin", "Péronne", "Chauny", "Laon", "Soissons", "Abbeville", "Compiègne", "Amiens"];
    private static readonly string[] Sectors = ["Métallurgie", "Plasturgie", "Aéronautique", "Agroalimentaire", "Textile", "Mécanique", "Électronique", "Chimie"];
    private static readonly string[] Skills = ["innovation", "international", "international", "innovation", "digital", "creativity", "entrepreneurship", "project-management", "sales-marketing", "languages"];

    private static readonly string[] Places = ["central", "important", "occasional", "none"];
    private static readonly string[] Ways = ["in-house-rd", "products", "processes", "technology"];
    private static readonly string[] Partners = ["universities", "laboratories", "customers", "suppliers", "local-companies", "clusters"];
    private static readonly string[] Talents = ["internships", "apprenticeships", "student-projects", "schools", "fairs", "difficult"];
    private static readonly string[] Abroad = ["exporting", "planning", "not-now"];

    private readonly HashSet<Guid> _decided = [];

    /// <inheritdoc />
    public override string TemplateId => "tournee-de-l-innovation";

    /// <inheritdoc />
    public override CohortPlan Plan(string programmeId, DateOnly today, DemoOptions options)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-3);
        return new CohortPlan(programmeId, "Tournée de l’innovation " + start.Year, start, start.AddMonths(5).AddDays(-1), [], [new CoachProfile("Équipe InnovENT-E", "tournee@cohorts.demo", 1000, ["innovation", "international"])]);
    }

    /// <inheritdoc />
    public override async Task RecordAsync(Session session, DemoPlay play, CancellationToken cancellationToken)
    {
        if (session.CoachId is not null)
        {
            await play.RecordDefaultAsync(session, cancellationToken);
            return;
        }

        // A few companies met earlier come again; three to five come for the first time.
        var random = play.Random;
        List<Attendance> attendance = [.. session.CompanyIds.Select(id => new Attendance(id, random.NextDouble() < 0.05))];
        List<WalkIn?> walkIns = [];
        for (var i = random.Next(3, 6); i > 0; i--)
        {
            var town = session.Location ?? Towns[random.Next(Towns.Length)];
            walkIns.Add(new WalkIn($"{Trades[random.Next(Trades.Length)]} de {town} {random.Next(1, 40)}", Sectors[random.Next(Sectors.Length)], random.Next(8, 400), town, $"contact{random.Next(100_000)}@{town.ToLowerInvariant().Replace(' ', '-').Replace("é", "e", StringComparison.Ordinal)}.demo"));
        }

        await play.Get<SessionService>().RecordAsync(
            new SessionOutcomeReport(session.Id, null, Organiser, attendance, "Atelier-débat : place de l’innovation et de l’international, compétences attendues, synergies avec les écoles du territoire.") { WalkIns = walkIns },
            cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<int> ActAsync(DemoPlay play, CancellationToken cancellationToken)
    {
        List<(Guid Id, string? Email)> open;
        await using (var db = await play.Get<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            var requests = await db.FormRequests.AsNoTracking()
                .Where(r => r.CohortId == play.CohortId && r.Status == FormRequestStatus.Open)
                .OrderBy(r => r.RequestedAt).ThenBy(r => r.Id)
                .Select(r => new { r.Id, r.RespondentEmail })
                .ToListAsync(cancellationToken);
            open = [.. requests.Where(r => !_decided.Contains(r.Id)).Select(r => (r.Id, r.RespondentEmail))];
        }

        var answered = 0;
        foreach (var (id, email) in open)
        {
            _decided.Add(id);
            if (play.Random.NextDouble() < 0.35)
            {
                continue; // left unanswered: reminded, then counted missing
            }

            await play.Get<FormAnswerService>().SubmitAsync(id, Answers(play.Random), email ?? "contact@entreprise.demo", cancellationToken);
            answered++;
        }

        return answered;
    }

    private static JsonObject Answers(Random random)
    {
        var skills = Enumerable.Range(0, random.Next(2, 4)).Select(_ => Skills[random.Next(Skills.Length)]).Distinct().ToArray();
        return new JsonObject
        {
            ["place-innovation"] = Places[random.Next(Places.Length)],
            ["comment-innover"] = new JsonArray(Ways.Where(_ => random.NextDouble() < 0.5).DefaultIfEmpty("products").Select(o => (JsonNode)o!).ToArray()),
            ["avec-qui"] = new JsonArray(Partners.Where(_ => random.NextDouble() < 0.35).DefaultIfEmpty("customers").Select(o => (JsonNode)o!).ToArray()),
            ["jeunes-talents"] = new JsonArray((JsonNode)Talents[random.Next(Talents.Length)]!),
            ["competences"] = new JsonArray([.. skills.Select(s => (JsonNode)s!)]),
            ["international"] = Abroad[random.Next(Abroad.Length)],
            ["recrutements"] = random.Next(0, 6),
        };
    }
}
