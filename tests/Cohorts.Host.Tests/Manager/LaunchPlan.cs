namespace Cohorts.Host.Tests.Manager;

/// <summary>The launch page's form for a small plan: two companies (or one), one coach, a funder or none.</summary>
internal static class LaunchPlan
{
    public const string TwoCompanies =
        "Atelier Neuf; crafts; 4; Sèvres; contact@atelier-neuf.example; marketing\nBrasserie Nouvelle; food; 9; Vanves; contact@brasserie.example; export";

    public const string OneCompany = "Atelier Neuf; crafts; 4; Sèvres; contact@atelier-neuf.example; marketing";

    public const string Funder = "Département des Hauts-de-Seine; finance@hauts-de-seine.example; 50%";

    /// <summary>The form's fields for a cohort starting on 1 September 2026, coached by one coach of capacity 5.</summary>
    public static Dictionary<string, string> Form(string name, string companies = TwoCompanies, string funder = "") => new()
    {
        ["Form.Name"] = name,
        ["Form.StartDate"] = "2026-09-01",
        ["Form.EndDate"] = "",
        ["Form.Companies"] = companies,
        ["Form.Coaches"] = "Anne Petit; anne.petit@example.fr; 5; marketing, export",
        ["Form.Funder"] = funder,
    };
}
