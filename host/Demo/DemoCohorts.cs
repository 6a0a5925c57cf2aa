using Cohorts.Workflows.Services;

namespace Cohorts.Host.Demo;

/// <summary>
/// The demo's cohorts, after the programmes' own material: "Les bâtisseurs", the first Boost Innovation cohort of the
/// CCI des Hauts-de-Seine (17 SMEs, among them Diffam in Bagneux and Haveagooday, three coaches, the Département
/// funding 50%), and an OpenLab Exploration-Innovation cohort in Clermont-Ferrand.
/// </summary>
internal static class DemoCohorts
{
    public const string ManagerEmail = "manager@cohorts.demo";
    public const string FunderEmail = "funder@cohorts.demo";

    /// <summary>The demo's funder: the name the Boost Innovation template gives its co-funder (the seed's "le Département").</summary>
    public const string FunderName = "Département des Hauts-de-Seine";
    public const string CoachMartinEmail = "julien.martin@cohorts.demo";
    public const string CoachLeroyEmail = "sophie.leroy@cohorts.demo";
    public const string CoachBenaliEmail = "karim.benali@cohorts.demo";

    public static IReadOnlyList<CompanyApplication> Batisseurs { get; } =
    [
        new("Diffam", "distribution", 24, "Bagneux", "contact@diffam.example", ["marketing", "strategy"]),
        new("Haveagooday", "hospitality", 12, "Boulogne-Billancourt", "hello@haveagooday.example", ["marketing", "digital"]),
        new("Mécanique Fournier", "industry", 48, "Gennevilliers", "direction@mecanique-fournier.example", ["industry", "products"]),
        new("Emballages Moreau", "packaging", 35, "Nanterre", "contact@emballages-moreau.example", ["products", "export"]),
        new("Fonderie d’art Lambert", "crafts", 9, "Clamart", "atelier@fonderie-lambert.example", ["products", "marketing"]),
        new("Dubois Conseil", "services", 7, "Courbevoie", "contact@dubois-conseil.example", ["strategy", "hr"]),
        new("Bâtiments Girard", "construction", 62, "Colombes", "contact@batiments-girard.example", ["hr", "industry"]),
        new("Conserverie Mercier", "food", 18, "Antony", "contact@conserverie-mercier.example", ["products", "export"]),
        new("Tissages Bonnet", "textile", 27, "Puteaux", "contact@tissages-bonnet.example", ["export", "marketing"]),
        new("Roux Énergies", "energy", 15, "Rueil-Malmaison", "contact@roux-energies.example", ["strategy", "industry"]),
        new("Petit Numérique", "digital", 11, "Issy-les-Moulineaux", "bonjour@petit-numerique.example", ["digital", "strategy"]),
        new("Forges Durand", "industry", 80, "Levallois-Perret", "contact@forges-durand.example", ["industry", "export"]),
        new("Laurent Logistique", "distribution", 40, "Suresnes", "contact@laurent-logistique.example", ["strategy", "digital"]),
        new("Atelier Simon", "crafts", 6, "Montrouge", "atelier@atelier-simon.example", ["marketing", "products"]),
        new("Garcia Maintenance", "services", 22, "Clichy", "contact@garcia-maintenance.example", ["hr", "digital"]),
        new("Legrand Imprimerie", "industry", 30, "Meudon", "contact@legrand-imprimerie.example", ["products", "marketing"]),
        new("Vincent Paysages", "services", 14, "Antony", "contact@vincent-paysages.example", ["hr", "strategy"]),
    ];

    public static IReadOnlyList<CoachProfile> BatisseursCoaches { get; } =
    [
        new("Julien Martin", CoachMartinEmail, 6, ["industry", "products", "export"]),
        new("Sophie Leroy", CoachLeroyEmail, 6, ["marketing", "digital", "strategy"]),
        new("Karim Benali", CoachBenaliEmail, 6, ["hr", "strategy", "export"]),
    ];

    /// <summary>
    /// The OpenLab's participants as its article names them: the forge Wichard in Thiers, the packaging maker Leygatech in
    /// Haute-Loire, the co-working space Epicentre Factory, the online shop Pecheur.com, the art foundry Cabiria in
    /// Charbonnières-les-Vieilles (headcounts and addresses made up), and the CRCGM's researchers, participants with their
    /// own organisation (<see cref="OpenLabResearchers"/>).
    /// </summary>
    public static IReadOnlyList<CompanyApplication> OpenLab { get; } =
    [
        new("Wichard", "industry", 120, "Thiers", "innovation@wichard.example", ["industry", "products"]),
        new("Leygatech", "packaging", 150, "Saint-Paulien", "contact@leygatech.example", ["products", "export"]),
        new("Epicentre Factory", "services", 6, "Clermont-Ferrand", "bonjour@epicentre-factory.example", ["strategy", "hr"]),
        new("Pecheur.com", "distribution", 80, "Clermont-Ferrand", "contact@pecheur.example", ["digital", "marketing"]),
        new("Cabiria", "crafts", 12, "Charbonnières-les-Vieilles", "atelier@cabiria.example", ["products", "marketing"]),
        new("Pascal Lièvre (CRCGM)", "research", 1, "Clermont-Ferrand", "pascal.lievre@crcgm.example", ["strategy"]),
        new("Nicolas Laroche (CRCGM)", "research", 1, "Clermont-Ferrand", "nicolas.laroche@crcgm.example", ["strategy"]),
    ];

    /// <summary>The organisation of the OpenLab's researchers (entered in the directory by the template).</summary>
    public const string OpenLabResearchers = "Centre de Recherche Clermontois en Gestion et Management (CRCGM)";


    public static IReadOnlyList<CoachProfile> OpenLabCoaches { get; } =
    [
        new("Sophie Leroy", CoachLeroyEmail, 8, ["marketing", "digital", "strategy"]),
    ];

    public static IReadOnlyList<FunderShare> BatisseursFunders { get; } =
    [
        new(FunderName, FunderEmail, 0.5m),
    ];


    /// <summary>The conferences' recording and transcript addresses (placeholders of the demo: the article gives none).</summary>
    public const string OpenLabRecordings = "https://videos.example/openlab-clermont/";

    /// <summary>A participant's retour à froid on a conference (question id → answer).</summary>
    public static IReadOnlyList<(string Compris, string Maintenant, string Pourrions)> ColdFeedback { get; } =
    [
        ("L’innovation naît aussi d’échanges informels entre praticiens et chercheurs.", "Nous partageons le compte rendu avec l’équipe de direction.", "Monter un atelier interne sur la création de connaissance."),
        ("Créer du sens collectivement demande des rencontres régulières.", "Nous avons fixé un point mensuel innovation.", "Inviter un chercheur du CRCGM dans l’entreprise."),
        ("Réduire les différences cognitives entre métiers accélère les projets.", "Un binôme production-marketing teste une idée.", "Documenter nos essais sur l’outil collaboratif."),
    ];

    public static IReadOnlyList<string> Notes { get; } =
    [
        "Tour d’horizon des pistes d’innovation ; priorités fixées pour le trimestre.",
        "Atelier sur la proposition de valeur ; deux idées de services à tester auprès des clients.",
        "Point sur le plan d’action : avance conforme, un frein côté recrutement.",
        "Retour sur la visite d’entreprise : idées d’organisation à reprendre en atelier.",
        "Travail sur le positionnement marketing et le site web.",
        "Préparation du dossier de financement de l’innovation.",
    ];
}
