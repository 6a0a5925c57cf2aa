namespace Cohorts.Host.Tests.Manager;

/// <summary>The launch page's form for a small plan: two companies (or one), one coach (or the ones given), a funder or none.</summary>
internal static class LaunchPlan
{
    public const string TwoCompanies =
        "Atelier Neuf; crafts; 4; Sèvres; contact@atelier-neuf.example; marketing\nBrasserie Nouvelle; food; 9; Vanves; contact@brasserie.example; export";

    public const string OneCompany = "Atelier Neuf; crafts; 4; Sèvres; contact@atelier-neuf.example; marketing";

    public const string Funder = "Département des Hauts-de-Seine; finance@hauts-de-seine.example; 50%";

    public const string Coach = "Anne Petit; anne.petit@example.fr; 5; marketing, export";

    /// <summary>The form's fields for a cohort starting on 1 September 2026, coached by default by one coach of capacity 5.</summary>
    public static Dictionary<string, string> Form(string name, string companies = TwoCompanies, string funder = "", string coaches = Coach) => new()
    {
        ["Form.Name"] = name,
        ["Form.StartDate"] = "2026-09-01",
        ["Form.EndDate"] = "",
        ["Form.Companies"] = companies,
        ["Form.Coaches"] = coaches,
        ["Form.Funder"] = funder,
    };
}
