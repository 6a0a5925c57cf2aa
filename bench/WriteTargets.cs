using Microsoft.Data.Sqlite;

namespace Cohorts.Bench;

/// <summary>
/// What the write clients have to do in the 1,000-cohort database, read from its file before the host starts: sessions
/// past their planned time with no outcome, companies waiting for their screening, milestones their funder reviews and
/// nobody decided yet. Each is written once.
/// </summary>
internal sealed record WriteTargets(IReadOnlyList<string> BoostCohorts, IReadOnlyList<(string Id, IReadOnlyList<string> Companies)> Sessions, IReadOnlyList<string> Companies, IReadOnlyList<string> Milestones)
{
    public static WriteTargets Read(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var now = TimeProvider.System.GetUtcNow().UtcTicks;
        var cohorts = Strings(connection, "SELECT lower(Id) FROM Cohorts WHERE ProgrammeId = 'boost-innovation'");
        var sessions = new List<(string, IReadOnlyList<string>)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT lower(Id), CompanyIds FROM Sessions WHERE Outcome IS NULL AND CancelledAt IS NULL AND PlannedAt < {now} ORDER BY random()";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                sessions.Add((reader.GetString(0), System.Text.Json.JsonSerializer.Deserialize<List<string>>(reader.GetString(1)) ?? []));
            }
        }

        var companies = Strings(connection, "SELECT lower(Id) FROM Companies WHERE Status = 'Applied' ORDER BY random()");
        var milestones = Strings(connection, "SELECT lower(Id) FROM Milestones WHERE Reviewer = 'Funder' AND Decisions = '[]' ORDER BY random()");
        return new WriteTargets(cohorts, sessions, companies, milestones);
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
