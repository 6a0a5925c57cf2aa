using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Cohorts.Host.Tests.Crash;

/// <summary>A company row: its instance has its id.</summary>
internal sealed record CompanyRow(Guid Id, string Name, string Status, Guid? CoachId);

/// <summary>A session row: its expected companies, its plan key, and who recorded its outcome (null until recorded).</summary>
internal sealed record SessionRow(Guid Id, string Title, IReadOnlyList<Guid> CompanyIds, string? PlanKey, string? RecordedBy)
{
    /// <summary>Gets the company of a coaching session (its only expected company).</summary>
    public Guid Company => CompanyIds.Count > 0 ? CompanyIds[0] : Guid.Empty;
}

/// <summary>A milestone row: its decisions' outcomes, oldest first.</summary>
internal sealed record MilestoneRow(Guid Id, Guid? CompanyId, string Name, string? PlanKey, IReadOnlyList<string> Decisions)
{
    public int FinalDecisions => Decisions.Count(d => !string.Equals(d, "NeedsWork", StringComparison.OrdinalIgnoreCase));
}

/// <summary>A workflow instance: status, version, the next execution id its committed state would give.</summary>
internal sealed record InstanceRow(Guid Id, string Status, long Version, long? NextExecutionId);

/// <summary>A bookmark row.</summary>
internal sealed record BookmarkRow(Guid Id, Guid InstanceId, string Kind, string Name, string? CorrelationKey, string ActivityId);

/// <summary>An unresolved incident.</summary>
internal sealed record IncidentRow(Guid InstanceId, string ActivityId, string Message);

/// <summary>Everything the checks look at, read in one transaction.</summary>
internal sealed record DatabaseSnapshot(
    IReadOnlyList<CompanyRow> Companies,
    IReadOnlyList<SessionRow> Sessions,
    IReadOnlyList<MilestoneRow> Milestones,
    IReadOnlyList<InstanceRow> Instances,
    IReadOnlyList<BookmarkRow> Bookmarks,
    IReadOnlyList<IncidentRow> Incidents)
{
    /// <summary>Gets how many times each instance's cool-down timer resumed it (the execution log's ActivityResumed at that activity).</summary>
    public IReadOnlyDictionary<Guid, int> CoolDownResumes { get; init; } = new Dictionary<Guid, int>();

    /// <summary>Gets the names of the Quartz triggers of the timers (a bookmark id, "N" format), or null when the scheduler's file has no trigger table.</summary>
    public IReadOnlySet<string>? TimerTriggers { get; init; }
}

/// <summary>
/// Reads the installation's SQLite file directly (plain queries, no product code), while the host runs (WAL: readers
/// never block its writer) or after it is gone. The engine, the domain and Identity share the file.
/// </summary>
internal sealed class CrashDatabase(string path, string schedulerPath) : ICrashDatabase
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = false,
        DefaultTimeout = 10,
    }.ToString();

    /// <summary>The timers' trigger names in the scheduler's SQLite file (Quartz's tables, default prefix), or null without that table.</summary>
    public async Task<IReadOnlySet<string>?> TimerTriggersAsync()
    {
        if (!File.Exists(schedulerPath))
        {
            return null;
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = schedulerPath, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        await connection.OpenAsync();
        var tables = await ReadAsync(connection, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'QRTZ_TRIGGERS'", r => r.GetInt32(0));
        if (tables[0] == 0)
        {
            return null;
        }

        return (await ReadAsync(connection, "SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'cohorts-timers'", r => r.GetString(0))).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The SQL of the cool-down resumes per instance, in either database (the ExecutionLog's columns are quoted for PostgreSQL).</summary>
    public const string CoolDownResumesSql =
        $"SELECT \"InstanceId\", COUNT(*) FROM \"ExecutionLog\" WHERE \"ActivityId\" = '{CrashSetup.CoolDownActivityId}' AND \"Event\" = 'ActivityResumed' GROUP BY \"InstanceId\"";

    public async Task<IReadOnlyList<SessionRow>> SessionsAsync()
    {
        await using var connection = await OpenAsync();
        return await SessionsAsync(connection);
    }

    public async Task<IReadOnlyList<MilestoneRow>> MilestonesAsync()
    {
        await using var connection = await OpenAsync();
        return await MilestonesAsync(connection);
    }

    public async Task<DatabaseSnapshot> SnapshotAsync()
    {
        await using var connection = await OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN"; // one read snapshot for every table (no SqliteTransaction: the queries below stay plain)
        await begin.ExecuteNonQueryAsync();
        var companies = await ReadAsync(connection, "SELECT Id, Name, Status, CoachId FROM Companies", r => new CompanyRow(r.GetGuid(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetGuid(3)));
        var sessions = await SessionsAsync(connection);
        var milestones = await MilestonesAsync(connection);
        var instances = await ReadAsync(
            connection,
            "SELECT Id, Status, Version, json_extract(State, '$.nextExecutionId') FROM WorkflowInstances",
            r => new InstanceRow(r.GetGuid(0), r.GetString(1), r.GetInt64(2), r.IsDBNull(3) ? null : r.GetInt64(3)));
        var bookmarks = await ReadAsync(
            connection,
            "SELECT Id, InstanceId, Kind, Name, CorrelationKey, ActivityId FROM Bookmarks",
            r => new BookmarkRow(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5)));
        var incidents = await ReadAsync(
            connection,
            "SELECT InstanceId, ActivityId, Message FROM Incidents WHERE ResolvedAt IS NULL",
            r => new IncidentRow(r.GetGuid(0), r.GetString(1), r.GetString(2)));
        var resumes = await ReadAsync(connection, CoolDownResumesSql, r => (r.GetGuid(0), r.GetInt32(1)));
        await using var end = connection.CreateCommand();
        end.CommandText = "COMMIT";
        await end.ExecuteNonQueryAsync();
        return new DatabaseSnapshot(companies, sessions, milestones, instances, bookmarks, incidents) { CoolDownResumes = resumes.ToDictionary(r => r.Item1, r => r.Item2) };
    }

    private static Task<List<SessionRow>> SessionsAsync(SqliteConnection connection) =>
        ReadAsync(
            connection,
            "SELECT Id, Title, CompanyIds, PlanKey, Outcome IS NOT NULL, json_extract(Outcome, '$.recordedBy') FROM Sessions",
            r => new SessionRow(
                r.GetGuid(0),
                r.GetString(1),
                JsonSerializer.Deserialize<List<Guid>>(r.GetString(2)) ?? [],
                r.IsDBNull(3) ? null : r.GetString(3),
                r.GetBoolean(4) ? (r.IsDBNull(5) ? "?" : r.GetString(5)) : null));

    private static Task<List<MilestoneRow>> MilestonesAsync(SqliteConnection connection) =>
        ReadAsync(
            connection,
            "SELECT Id, CompanyId, Name, PlanKey, Decisions FROM Milestones",
            r => new MilestoneRow(
                r.GetGuid(0),
                r.IsDBNull(1) ? null : r.GetGuid(1),
                r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? [] : DecisionOutcomes(r.GetString(4))));

    /// <summary>The outcomes in the Decisions JSON column (an array of objects with an Outcome member, in any case).</summary>
    public static List<string> DecisionOutcomes(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. document.RootElement.EnumerateArray()
            .Select(d => d.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, "Outcome", StringComparison.OrdinalIgnoreCase)).Value)
            .Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() ?? "?" : v.ToString())];
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<T>> ReadAsync<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> map)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>Parses a plan key, <c>{instanceId}/{executionId}/{n}</c>.</summary>
    public static (Guid InstanceId, long ExecutionId)? ParsePlanKey(string? planKey)
    {
        var parts = planKey?.Split('/');
        return parts is { Length: 3 } && Guid.TryParse(parts[0], out var instanceId) && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var executionId)
            ? (instanceId, executionId)
            : null;
    }
}
