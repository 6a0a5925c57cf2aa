using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Demo;

/// <summary>
/// The last Semaine de l'Innovation, just finished: the last Monday-to-Friday week of November (of this year once it is
/// over, else of last year), its 30 events recorded with the first edition's attendances (Innov'embre 450, Soirée
/// Couleurs d'Entreprises 190, the ARACT round table 60, the Forum INOPME 50, Univ'Innov 30) and, for the events the
/// article gives no figure for, demo figures making its "plus de 2 500 visiteurs" (+25 % against the 2,000 expected).
/// No company is enrolled in advance: the visitors are counted, not listed.
/// </summary>
internal sealed class SemaineDemo : DemoScript
{
    private const string Organiser = "J’innove en Nord-Pas de Calais";

    /// <summary>The article's attendances.</summary>
    private static readonly Dictionary<string, int> Article = new(StringComparer.Ordinal)
    {
        ["Innov’embre"] = 450,
        ["Soirée Couleurs d’Entreprises"] = 190,
        ["Table ronde « Pour innover en PME : co-construire avec les salariés au travail. Quels enjeux ? »"] = 60,
        ["Forum INOPME"] = 50,
        ["Univ’Innov"] = 30,
    };

    /// <summary>Demo figures (the article gives none) for the 21 CREST open days, "quelques uns peu fréquentés": 1,260 in all.</summary>
    private static readonly int[] Crest = [75, 80, 72, 15, 68, 88, 60, 12, 74, 66, 58, 90, 20, 64, 70, 55, 62, 18, 85, 59, 69];

    /// <inheritdoc />
    public override string TemplateId => "semaine-de-l-innovation";

    /// <inheritdoc />
    public override CohortPlan Plan(string programmeId, DateOnly today, DemoOptions options)
    {
        var monday = LastWeekOfNovember(today.Year);
        if (monday.AddDays(5) > today)
        {
            monday = LastWeekOfNovember(today.Year - 1);
        }

        return new CohortPlan(programmeId, "Semaine de l’Innovation " + monday.Year, monday, monday.AddDays(4), [], []);
    }

    /// <inheritdoc />
    public override Task RecordAsync(Session session, DemoPlay play, CancellationToken cancellationToken) =>
        RecordVisitorsAsync(session, play, cancellationToken);

    /// <inheritdoc />
    /// <remarks>The week is too recent for the demo's history to record it: its organisers have recorded every event since.</remarks>
    public override async Task FinishAsync(DemoPlay play, CancellationToken cancellationToken)
    {
        List<Session> due;
        await using (var db = await play.Get<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            due = await db.Sessions.AsNoTracking()
                .Where(s => s.CohortId == play.CohortId && s.Outcome == null && s.CancelledAt == null)
                .ToListAsync(cancellationToken);
        }

        foreach (var session in due.Where(s => s.PlannedAt <= play.Now).OrderBy(s => s.PlannedAt).ThenBy(s => s.Title, StringComparer.Ordinal))
        {
            await RecordVisitorsAsync(session, play, cancellationToken);
        }
    }

    /// <summary>The visitors of an event: the article's, else the demo's.</summary>
    internal static int VisitorsOf(string title)
    {
        const string OpenDay = "Portes ouvertes du CREST n°";
        if (Article.TryGetValue(title, out var visitors))
        {
            return visitors;
        }

        if (title.StartsWith(OpenDay, StringComparison.Ordinal) && int.TryParse(title.AsSpan(OpenDay.Length), out var crest) && crest >= 1 && crest <= Crest.Length)
        {
            return Crest[crest - 1];
        }

        // The Pôle de Recherche et d'Enseignement Supérieur's presentation 160, the three events the article does not name 100 each.
        return title.Contains("Pôle de Recherche", StringComparison.Ordinal) ? 160 : 100;
    }

    private static async Task RecordVisitorsAsync(Session session, DemoPlay play, CancellationToken cancellationToken) =>
        await play.Get<SessionService>().RecordOutcomeAsync(
            new SessionOutcomeReport(session.Id, null, Organiser, [.. session.CompanyIds.Select(id => new Attendance(id, Present: true))], "Manifestation tenue.", [], VisitorsOf(session.Title)),
            cancellationToken);

    private static DateOnly LastWeekOfNovember(int year)
    {
        // The last Monday whose Friday is still in November (23 November 2009, 23 November 2026).
        var friday = new DateOnly(year, 11, 30);
        while (friday.DayOfWeek != DayOfWeek.Friday)
        {
            friday = friday.AddDays(-1);
        }

        return friday.AddDays(-4);
    }
}
