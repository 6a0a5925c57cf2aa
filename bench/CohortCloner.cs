using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Cohorts.Bench;

/// <summary>
/// Copies one cohort, with everything that belongs to it, many times in the same database file: its row, coaches,
/// companies, funders, sessions, milestones and audit entries, and its workflow instances with their bookmarks and
/// execution log. Every id of the copied rows gets a new value in each copy, wherever it appears (columns, plan keys,
/// correlation keys, the instances' state JSON) and its coaches' e-mail addresses are made unique (other people), so
/// each copy is a cohort of its own, in the same shape and at the same
/// point of its history as the original, which the engine and the domain can resume like any other.
/// </summary>
internal static partial class CohortCloner
{
    // Table, the rows that belong to the cohort, and the integer key left out so that SQLite numbers the copies.
    private static readonly (string Table, string Where, string? OmitKey)[] Tables =
    [
        ("Cohorts", "Id = $c", null),
        ("Coaches", "CohortId = $c", null),
        ("Companies", "CohortId = $c", null),
        ("Funders", "CohortId = $c", null),
        ("Sessions", "CohortId = $c", null),
        ("Milestones", "CohortId = $c", null),
        ("AuditEntries", "CohortId = $c", "Id"),
        ("WorkflowInstances", "Id IN (SELECT InstanceId FROM Companies WHERE CohortId = $c UNION SELECT CohortInstanceId FROM Cohorts WHERE Id = $c)", null),
        ("Bookmarks", "InstanceId IN (SELECT InstanceId FROM Companies WHERE CohortId = $c UNION SELECT CohortInstanceId FROM Cohorts WHERE Id = $c)", null),
        ("ExecutionLog", "InstanceId IN (SELECT InstanceId FROM Companies WHERE CohortId = $c UNION SELECT CohortInstanceId FROM Cohorts WHERE Id = $c)", "Id"),
        ("Incidents", "InstanceId IN (SELECT InstanceId FROM Companies WHERE CohortId = $c UNION SELECT CohortInstanceId FROM Cohorts WHERE Id = $c)", "Id"),
    ];

    // The tables whose ids are the cohort's own (the others' ids are integers SQLite assigns, or appear in these).
    private static readonly HashSet<string> IdTables = ["Cohorts", "Coaches", "Companies", "Funders", "Sessions", "Milestones", "WorkflowInstances", "Bookmarks"];

    /// <summary>Adds <paramref name="copies"/> copies of the cohort, named after it with a number.</summary>
    public static void Clone(SqliteConnection connection, Guid cohortId, int copies)
    {
        var templates = Tables.Where(t => Exists(connection, t.Table)).Select(t => Read(connection, t.Table, t.Where, t.OmitKey, cohortId)).ToList();
        var ids = templates.Where(t => IdTables.Contains(t.Table))
            .SelectMany(t => t.Rows.Select(r => r[t.Columns.IndexOf("Id")]))
            .OfType<string>()
            .Select(id => id.ToLowerInvariant())
            .ToHashSet();
        using var transaction = connection.BeginTransaction();
        var inserts = templates.ToDictionary(t => t.Table, t => Prepare(connection, transaction, t));
        for (var copy = 1; copy <= copies; copy++)
        {
            var map = ids.ToDictionary(id => id, _ => Guid.CreateVersion7().ToString());
            foreach (var template in templates)
            {
                var insert = inserts[template.Table];
                var nameColumn = template.Table == "Cohorts" ? template.Columns.IndexOf("Name") : -1;
                var emailColumn = template.Table == "Coaches" ? template.Columns.IndexOf("Email") : -1;
                foreach (var row in template.Rows)
                {
                    for (var i = 0; i < row.Length; i++)
                    {
                        var value = row[i] is string text ? Remap(text, map) : row[i];
                        if (i == nameColumn)
                        {
                            value = string.Create(CultureInfo.InvariantCulture, $"{value} {copy:0000}");
                        }

                        if (i == emailColumn && value is string email)
                        {
                            // Each copy's coaches are other people: one person coaching in 1,000 cohorts would make
                            // every placement read a thousand cohorts' sessions.
                            value = email.Replace("@", string.Create(CultureInfo.InvariantCulture, $"+{copy:0000}@"), StringComparison.Ordinal);
                        }

                        insert.Parameters[i].Value = value ?? DBNull.Value;
                    }

                    insert.ExecuteNonQuery();
                }
            }
        }

        transaction.Commit();
        foreach (var insert in inserts.Values)
        {
            insert.Dispose();
        }
    }

    private static string Remap(string text, Dictionary<string, string> map) =>
        text.Length < 36 ? text : GuidText().Replace(text, match =>
            map.TryGetValue(match.Value.ToLowerInvariant(), out var replacement)
                ? (match.Value.Any(char.IsUpper) ? replacement.ToUpperInvariant() : replacement)
                : match.Value);

    private static bool Exists(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $t";
        command.Parameters.AddWithValue("$t", table);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    private static TemplateRows Read(SqliteConnection connection, string table, string where, string? omitKey, Guid cohortId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE {where}";
        command.Parameters.AddWithValue("$c", cohortId.ToString().ToUpperInvariant());
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var keep = columns.Select((name, index) => (name, index)).Where(c => c.name != omitKey).ToList();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add([.. keep.Select(c => reader.IsDBNull(c.index) ? null : reader.GetValue(c.index))]);
        }

        return new TemplateRows(table, [.. keep.Select(c => c.name)], rows);
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, TemplateRows template)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{template.Table}\" ({string.Join(", ", template.Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", template.Columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < template.Columns.Count; i++)
        {
            command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        }

        command.Prepare();
        return command;
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidText();

    private sealed record TemplateRows(string Table, List<string> Columns, List<object?[]> Rows);
}
