using Cohorts.Host.Tests.Crash;
using Npgsql;

namespace Cohorts.Host.Tests.PostgreSql;

/// <summary>
/// The crash tests' view of a PostgreSQL installation: the same rows as <see cref="CrashDatabase"/> reads from SQLite,
/// read with plain SQL (EF Core's quoted PascalCase names; Quartz's lowercase <c>qrtz_</c> tables), one repeatable-read
/// snapshot for the checks.
/// </summary>
internal sealed class PostgresCrashDatabase(string connectionString) : ICrashDatabase
{
    private const string SessionsSql =
        """SELECT "Id", "Title", "CompanyIds", "PlanKey", "Outcome" IS NOT NULL, "Outcome"::jsonb ->> 'recordedBy' FROM "Sessions" """;

    private const string MilestonesSql = """SELECT "Id", "CompanyId", "Name", "PlanKey", "Decisions"::text FROM "Milestones" """;

    public async Task<IReadOnlyList<SessionRow>> SessionsAsync()
    {
        await using var connection = await OpenAsync();
        return await ReadAsync(connection, SessionsSql, Session);
    }

    public async Task<IReadOnlyList<MilestoneRow>> MilestonesAsync()
    {
        await using var connection = await OpenAsync();
        return await ReadAsync(connection, MilestonesSql, Milestone);
    }

    public async Task<DatabaseSnapshot> SnapshotAsync()
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        var companies = await ReadAsync(connection, """SELECT "Id", "Name", "Status", "CoachId" FROM "Companies" """, r => new CompanyRow(r.GetGuid(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetGuid(3)));
        var sessions = await ReadAsync(connection, SessionsSql, Session);
        var milestones = await ReadAsync(connection, MilestonesSql, Milestone);
        var instances = await ReadAsync(
            connection,
            """SELECT "Id", "Status", "Version", ("State"::jsonb ->> 'nextExecutionId')::bigint FROM "WorkflowInstances" """,
            r => new InstanceRow(r.GetGuid(0), r.GetString(1), r.GetInt64(2), r.IsDBNull(3) ? null : r.GetInt64(3)));
        var bookmarks = await ReadAsync(
            connection,
            """SELECT "Id", "InstanceId", "Kind", "Name", "CorrelationKey", "ActivityId" FROM "Bookmarks" """,
            r => new BookmarkRow(r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetString(5)));
        var incidents = await ReadAsync(
            connection,
            """SELECT "InstanceId", "ActivityId", "Message" FROM "Incidents" WHERE "ResolvedAt" IS NULL""",
            r => new IncidentRow(r.GetGuid(0), r.GetString(1), r.GetString(2)));
        var resumes = await ReadAsync(connection, CrashDatabase.CoolDownResumesSql, r => (r.GetGuid(0), (int)r.GetInt64(1)));
        await transaction.CommitAsync();
        return new DatabaseSnapshot(companies, sessions, milestones, instances, bookmarks, incidents) { CoolDownResumes = resumes.ToDictionary(r => r.Item1, r => r.Item2) };
    }

    public async Task<IReadOnlySet<string>?> TimerTriggersAsync()
    {
        await using var connection = await OpenAsync();
        var tables = await ReadAsync(connection, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'qrtz_triggers'", r => r.GetInt64(0));
        if (tables[0] == 0)
        {
            return null;
        }

        return (await ReadAsync(connection, "SELECT trigger_name FROM qrtz_triggers WHERE trigger_group = 'cohorts-timers'", r => r.GetString(0))).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Counts the rows of a query (for the test's own checks).</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await OpenAsync();
        return (await ReadAsync(connection, sql, r => r.GetInt64(0)))[0];
    }

    private static SessionRow Session(NpgsqlDataReader r) => new(
        r.GetGuid(0),
        r.GetString(1),
        r.GetFieldValue<Guid[]>(2),
        r.IsDBNull(3) ? null : r.GetString(3),
        r.GetBoolean(4) ? (r.IsDBNull(5) ? "?" : r.GetString(5)) : null);

    private static MilestoneRow Milestone(NpgsqlDataReader r) => new(
        r.GetGuid(0),
        r.IsDBNull(1) ? null : r.GetGuid(1),
        r.GetString(2),
        r.IsDBNull(3) ? null : r.GetString(3),
        r.IsDBNull(4) ? [] : CrashDatabase.DecisionOutcomes(r.GetString(4)));

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<List<T>> ReadAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> map)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
