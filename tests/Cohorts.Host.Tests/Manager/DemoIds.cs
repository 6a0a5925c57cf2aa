using System.Text.Json;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>The ids of the demo data a manager test needs: Les bâtisseurs, its companies and coaches.</summary>
internal sealed record DemoIds(Guid Batisseurs, JsonElement Board)
{
    public const string Programme = "boost-innovation";
    public const string CompanyDefinition = "boost-innovation-company";

    public static async Task<DemoIds> ReadAsync(CohortsHostFactory factory)
    {
        using var manager = await factory.CreateApiClientAsync(TestAccounts.Manager);
        var cohorts = await manager.GetJsonAsync("/api/cohorts");
        var batisseurs = cohorts.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Les bâtisseurs").GetProperty("id").GetGuid();
        return new DemoIds(batisseurs, await manager.GetJsonAsync($"/api/cohorts/{batisseurs}/board"));
    }

    public IEnumerable<JsonElement> Rows => Board.GetProperty("rows").EnumerateArray();

    /// <summary>Gets a company coached by the coach of that name.</summary>
    public Guid CompanyOf(string coachName) => Rows.First(r => r.GetProperty("coachName").GetString() == coachName).GetProperty("companyId").GetGuid();

    public Guid CoachId(string coachName) => Board.GetProperty("coaches").EnumerateArray().Single(c => c.GetProperty("name").GetString() == coachName).GetProperty("id").GetGuid();
}
