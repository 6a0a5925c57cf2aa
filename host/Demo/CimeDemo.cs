using System.Text.Json.Nodes;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Demo;

/// <summary>
/// The CIME learning expedition of November 2024 in Clermont-Ferrand, played to its end: a dozen participants from
/// companies (made up: the article names none), the three visits (Michelin, Village by CA, Université Clermont
/// Auvergne; the article gives no day for each, the demo puts them on 18–20 November), each participant's analysis,
/// and the four cross-cutting lessons written by the programme's manager as its event organiser, so the travel book
/// is there to download.
/// </summary>
internal sealed class CimeDemo : DemoScript
{
    private const string Organiser = DemoCohorts.ManagerEmail;

    private static readonly IReadOnlyList<CompanyApplication> Participants =
    [
        new("Ateliers Chabrier", "industry", 140, "Thiers", "innovation@ateliers-chabrier.example", ["innovation"]),
        new("Auvergne Composites", "industry", 85, "Issoire", "direction@auvergne-composites.example", ["innovation"]),
        new("Brasserie des Volcans", "food", 30, "Riom", "contact@brasserie-volcans.example", ["innovation"]),
        new("Cantal Fromages", "food", 60, "Aurillac", "innovation@cantal-fromages.example", ["innovation"]),
        new("Dômes Logistique", "distribution", 210, "Clermont-Ferrand", "rh@domes-logistique.example", ["innovation"]),
        new("Forez Mécanique", "industry", 95, "Montbrison", "bureau-etudes@forez-mecanique.example", ["innovation"]),
        new("Imprimerie Allier", "industry", 45, "Moulins", "contact@imprimerie-allier.example", ["innovation"]),
        new("Lyon Data Services", "digital", 70, "Lyon", "innovation@lyon-data.example", ["innovation"]),
        new("Plasturgie du Livradois", "industry", 120, "Ambert", "direction@plasturgie-livradois.example", ["innovation"]),
        new("Rhône Énergies Nouvelles", "energy", 55, "Villeurbanne", "innovation@rhone-energies.example", ["innovation"]),
        new("Textiles de la Loire", "textile", 80, "Roanne", "contact@textiles-loire.example", ["innovation"]),
        new("Vichy Cosmétique", "industry", 110, "Vichy", "innovation@vichy-cosmetique.example", ["innovation"]),
    ];

    private static readonly IReadOnlyList<CoachProfile> Facilitators =
    [
        new("Équipe d’animation CIME", "animation@cime.example", 12, ["innovation"]),
    ];

    // What the participants noted at each host (in visit order), taken in turn.
    private static readonly string[][] Practices =
    [
        [
            "Michelin ouvre ses sites à des start-ups et à des PME du territoire pour tester ensemble de nouveaux procédés.",
            "Un parc d’innovation partagé avec d’autres acteurs clermontois : les salariés y rencontrent des entrepreneurs.",
            "La grande entreprise met ses ressources (lieux, experts, essais) au service d’un écosystème local.",
        ],
        [
            "Le Village by CA héberge des start-ups et les met en relation avec des entreprises partenaires du réseau.",
            "Le Crédit Agricole joue le rôle de connecteur entre entrepreneurs, industriels et collectivités.",
            "Un réseau national de Villages, mais des choix de start-ups ancrés dans le territoire.",
        ],
        [
            "L’Université Clermont Auvergne ouvre ses laboratoires et ses étudiants aux projets des entreprises.",
            "Des chaires et des projets communs font circuler les savoirs entre université et industrie.",
            "L’université se pense comme un acteur du territoire, pas seulement comme un lieu de formation.",
        ],
    ];

    private static readonly string[] Takeaways =
    [
        "Ouvrir nos ateliers à des start-ups voisines pour un premier essai commun.",
        "Nommer un référent innovation ouverte et le faire connaître aux acteurs locaux.",
        "Accueillir des étudiants sur un projet d’innovation l’an prochain.",
        "Rejoindre un réseau d’entreprises du territoire plutôt qu’innover seuls.",
    ];

    private int _answered;

    /// <inheritdoc />
    public override string TemplateId => "cime-learning-expedition";

    /// <inheritdoc />
    public override CohortPlan Plan(string programmeId, DateOnly today, DemoOptions options) =>
        new(programmeId, "Clermont-Ferrand, novembre 2024", new DateOnly(2024, 11, 18), new DateOnly(2024, 11, 29), Participants, Facilitators);

    /// <inheritdoc />
    public override async Task<int> ActAsync(DemoPlay play, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(play);
        var done = await NameOrganiserAsync(play, cancellationToken);
        List<FormRequest> open;
        List<(Guid Id, DateTimeOffset PlannedAt)> visits;
        await using (var db = await play.Get<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync(cancellationToken))
        {
            open = await db.FormRequests.AsNoTracking().Where(r => r.CohortId == play.CohortId && r.Status == FormRequestStatus.Open).ToListAsync(cancellationToken);
            visits = [.. (await db.Sessions.AsNoTracking().Where(s => s.CohortId == play.CohortId).Select(s => new { s.Id, s.PlannedAt }).ToListAsync(cancellationToken))
                .OrderBy(s => s.PlannedAt).Select(s => (s.Id, s.PlannedAt))];
        }

        var answers = play.Get<FormAnswerService>();
        foreach (var request in open.OrderBy(r => r.RespondentName, StringComparer.Ordinal))
        {
            JsonObject answer = request.FormId == Reporting.TravelBook.TravelBookReader.LessonsForm ? Lessons() : Analysis(visits.FindIndex(v => v.Id == request.SessionId));
            await answers.SubmitAsync(request.Id, answer, request.RespondentEmail ?? Organiser, cancellationToken);
            done++;
        }

        return done;
    }

    private JsonObject Analysis(int visit)
    {
        var n = _answered++;
        var practices = Practices[Math.Clamp(visit, 0, Practices.Length - 1)];
        return new JsonObject
        {
            ["pratiques"] = practices[n % practices.Length],
            ["a-retenir"] = Takeaways[n % Takeaways.Length],
        };
    }

    private static JsonObject Lessons() => new()
    {
        ["valoriser-ses-ressources"] = "Chez chacun des hôtes, l’innovation s’appuie sur les compétences des salariés, des partenaires et des entrepreneurs, pas seulement sur celles des experts.",
        ["prendre-soin-du-territoire"] = "Les dispositifs visités profitent à bien d’autres acteurs que la grande entreprise : un soin exigeant du territoire, gagnant-gagnant.",
        ["combinaisons-gagnantes"] = "Collectivités, industriels, start-ups, réseau bancaire et université construisent ensemble un « modèle de leadership partagé ».",
        ["apprendre-des-autres"] = "La coopération de ces acteurs en Auvergne-Rhône-Alpes dessine un « territoire apprenant ».",
    };

    // The lessons are asked of the programme's event organisers: the demo's manager is named, as the manager would on the programme's events page.
    private static async Task<int> NameOrganiserAsync(DemoPlay play, CancellationToken cancellationToken)
    {
        await using var db = await play.Get<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync(cancellationToken);
        var programme = await db.Programmes.SingleAsync(p => p.Id == play.ProgrammeId, cancellationToken);
        if (programme.EventOrganisers.Count > 0)
        {
            return 0;
        }

        programme.NameEventOrganisers([Organiser]);
        AuditLog.Add(db, play.Now, Organiser, Events.EventOrganiserSettings.AuditAction, data: new JsonObject { ["programmeId"] = programme.Id, ["organisers"] = new JsonArray(Organiser) });
        await db.SaveChangesAsync(cancellationToken);
        return 1;
    }
}
