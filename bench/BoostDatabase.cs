using System.Globalization;
using System.Net.Http.Json;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cohorts.Bench;

/// <summary>
/// The database of 1,000 Boost Innovation cohorts the HTTP figures are measured on, in the demo's shape: the host's
/// demo data ("Les bâtisseurs": 17 companies, 3 coaches, a funder, launched four months ago, its history played to the
/// present through the domain's services, plus the OpenLab cohort), three more companies applying to it (waiting for
/// their screening, so that the benchmark has screenings to decide), then 999 copies of that cohort made by
/// <see cref="CohortCloner"/> (new ids everywhere, engine instances included). Built once and kept under
/// <c>Path.GetTempPath()/cohorts-bench-cache</c>, keyed by the schema (every migration's id) and the day (the demo's
/// history is relative to today), after a first start of the host on them (which schedules
/// the copies' timers with Quartz); each run copies the kept files into its own folder.
/// </summary>
internal static class BoostDatabase
{
    public const int Cohorts = 1_000;
    public const int Applicants = 3;
    private const string Format = "boost-1000-v3";
    private static readonly string[] Marketing = ["marketing"];
    private static readonly string[] Files = ["pages.db", "pages-scheduler.db"];

    /// <summary>Returns the folder holding the kept files (<c>pages.db</c>, <c>pages-scheduler.db</c>), building them if needed.</summary>
    public static async Task<string> EnsureAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "cohorts-bench-cache");
        var folder = Path.Combine(root, Key());
        if (File.Exists(Path.Combine(folder, "ready")))
        {
            Progress.Note($"1,000-cohort database kept in {folder}");
            return folder;
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var building = folder + ".building";
        Directory.CreateDirectory(building);
        var started = Progress.Elapsed;
        var template = await SeedDemoAsync(building);
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(building, "pages.db")};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
            CohortCloner.Clone(connection, template, Cohorts - 1);
            Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
        }

        // A first start schedules the copies' timers with Quartz (tens of thousands of triggers): kept, so that the
        // measured host starts as a host restarted on its own data does.
        await using (var host = new BenchHostFactory(building))
        {
            _ = host.Services;
        }

        SqliteConnection.ClearAllPools();
        foreach (var file in Files)
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(building, file)};Pooling=False");
            connection.Open();
            Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }

        Directory.Move(building, folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "ready"), string.Empty);
        Progress.Note($"1,000-cohort database built in {(Progress.Elapsed - started).TotalSeconds:0.0} s, kept in {folder}");
        return folder;
    }

    /// <summary>Copies the kept files into <paramref name="folder"/>.</summary>
    public static void CopyTo(string kept, string folder)
    {
        foreach (var file in Files)
        {
            File.Copy(Path.Combine(kept, file), Path.Combine(folder, file), overwrite: true);
        }
    }

    /// <summary>The demo, played by the host itself, and the template cohort's applicants; returns its id.</summary>
    private static async Task<Guid> SeedDemoAsync(string folder)
    {
        await using var host = new BenchHostFactory(folder, new Dictionary<string, string?> { ["Cohorts:Demo:Enabled"] = "true" });
        using var api = await BenchApi.ClientAsync(host.CreateClient(), BenchApi.ManagerEmail);
        using var cohorts = JsonDocument.Parse(await api.GetStringAsync("/api/cohorts?q=b%C3%A2tisseurs"));
        var cohortId = cohorts.RootElement.EnumerateArray().Single().GetProperty("id").GetGuid();
        for (var i = 1; i <= Applicants; i++)
        {
            using var added = await api.PostAsJsonAsync($"/api/cohorts/{cohortId}/companies", new
            {
                name = string.Create(CultureInfo.InvariantCulture, $"Candidate {i}"),
                sector = "industry",
                headcount = 10 + i,
                location = "Nanterre",
                contactEmail = string.Create(CultureInfo.InvariantCulture, $"candidate{i}@bench.example"),
                needs = Marketing,
            });
            BenchApi.Require(added.IsSuccessStatusCode, $"an applicant ({await added.Content.ReadAsStringAsync()})");
        }

        return cohortId;
    }

    /// <summary>The schema (every migration of the host's, the domain's and the engine's contexts) and today.</summary>
    private static string Key()
    {
        var assemblies = new[] { typeof(Cohorts.Host.Access.UserAccess).Assembly, typeof(Cohorts.Workflows.Persistence.CohortsDbContext).Assembly, typeof(Cohorts.Engine.EntityFrameworkCore.WorkflowDbContext).Assembly };
        var migrations = assemblies.SelectMany(a => a.GetTypes()).Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id).OfType<string>().Order(StringComparer.Ordinal);
        var text = string.Join('\n', migrations.Prepend(Format).Append(TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return Format + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
