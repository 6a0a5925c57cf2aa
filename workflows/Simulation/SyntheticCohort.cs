using System.Globalization;
using Cohorts.Workflows.Services;

namespace Cohorts.Workflows.Simulation;

/// <summary>
/// Makes up a plausible cohort, the same every time for the same size: French SMEs (name, sector, town, headcount,
/// needs) and coaches with expertise tags, each coach taking an even share of the companies.
/// </summary>
internal static class SyntheticCohort
{
    private static readonly string[] Surnames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
    ];

    // (sector, name pattern, needs): sectors of the programmes' companies (distribution, hotel services, forging,
    // packaging, art foundry, co-working...).
    private static readonly (string Sector, string Pattern, string[] Needs)[] Trades =
    [
        ("industry", "Mécanique {0}", ["products", "industry"]),
        ("distribution", "Distribution {0}", ["marketing", "strategy"]),
        ("services", "{0} Conseil", ["strategy", "hr"]),
        ("hospitality", "Services hôteliers {0}", ["marketing", "digital"]),
        ("industry", "Forges {0}", ["industry", "export"]),
        ("packaging", "Emballages {0}", ["products", "export"]),
        ("crafts", "Fonderie d’art {0}", ["products", "marketing"]),
        ("digital", "{0} Numérique", ["digital", "strategy"]),
        ("construction", "Bâtiments {0}", ["hr", "industry"]),
        ("food", "Conserverie {0}", ["products", "export"]),
        ("textile", "Tissages {0}", ["export", "marketing"]),
        ("energy", "{0} Énergies", ["strategy", "industry"]),
    ];

    private static readonly string[] Towns =
    [
        "Nanterre", "Rueil-Malmaison", "Bagneux", "Boulogne-Billancourt", "Courbevoie", "Issy-les-Moulineaux", "Colombes",
        "Clamart", "Antony", "Gennevilliers", "Levallois-Perret", "Puteaux", "Suresnes", "Montrouge", "Clichy", "Meudon",
    ];

    private static readonly string[] CoachFirstNames = ["Claire", "Julien", "Sophie", "Marc", "Nathalie", "Olivier", "Isabelle", "Laurent", "Camille", "Philippe"];

    private static readonly string[][] Expertise =
    [
        ["strategy", "marketing"], ["industry", "products"], ["hr", "digital"], ["export", "strategy"], ["products", "marketing"],
    ];

    /// <summary>Makes <paramref name="count"/> companies, names unique.</summary>
    public static IReadOnlyList<CompanyApplication> Companies(int count)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var companies = new List<CompanyApplication>(count);
        for (var i = 0; i < count; i++)
        {
            // Surname i mod 30 with trade (i div 30 + i) mod 12: 31 and 12 being coprime, the first 360 pairs differ.
            var surname = Surnames[i % Surnames.Length];
            var trade = Trades[((i / Surnames.Length) + i) % Trades.Length];
            var name = string.Format(CultureInfo.InvariantCulture, trade.Pattern, surname);
            for (var n = 2; !names.Add(name); n++)
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{string.Format(CultureInfo.InvariantCulture, trade.Pattern, surname)} {n}");
            }

            companies.Add(new CompanyApplication(
                name,
                trade.Sector,
                Headcount: 8 + ((i * 37) % 240),
                Location: Towns[(i * 7) % Towns.Length],
                ContactEmail: $"contact@{ProgrammeSlug.Of(name)}.example.fr",
                Needs: trade.Needs));
        }

        return companies;
    }

    /// <summary>Makes <paramref name="count"/> coaches sharing <paramref name="companies"/> companies (capacity rounded up).</summary>
    public static IReadOnlyList<CoachProfile> Coaches(int count, int companies)
    {
        var capacity = Math.Max(1, (companies + count - 1) / count);
        var coaches = new List<CoachProfile>(count);
        for (var i = 0; i < count; i++)
        {
            var first = CoachFirstNames[i % CoachFirstNames.Length];
            var last = Surnames[Surnames.Length - 1 - ((i * 7) % Surnames.Length)];
            var name = i < CoachFirstNames.Length ? $"{first} {last}" : string.Create(CultureInfo.InvariantCulture, $"{first} {last} {(i / CoachFirstNames.Length) + 1}");
            coaches.Add(new CoachProfile(
                name,
                string.Create(CultureInfo.InvariantCulture, $"coach{i + 1}@coachs.example.fr"),
                capacity,
                Expertise[i % Expertise.Length]));
        }

        return coaches;
    }
}
