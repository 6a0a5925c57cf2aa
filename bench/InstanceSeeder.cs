using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Cohorts.Bench;

/// <summary>
/// Fills a database with many stored instances quickly: instances started through the engine serve as templates, and
/// their rows (the instance row with its state JSON, bookmark rows, execution log rows) are copied with plain SQL
/// inserts in large transactions. Every text value of a copy has the template's instance id, bookmark ids and
/// correlation id replaced by new ones (version 7 Guids, as the engine makes, in both the upper-case form of the
/// columns and the lower-case form of the JSON), so a copy is indistinguishable from an instance the engine started:
/// same columns, same JSON shape, unique ids, correlation ids and bookmark keys. The engine can signal a copy.
/// </summary>
internal sealed class InstanceSeeder
{
    private const int InstancesPerTransaction = 10_000;
    private readonly IReadOnlyList<Template> _templates;

    private InstanceSeeder(IReadOnlyList<Template> templates)
    {
        _templates = templates;
    }

    /// <summary>Reads the rows of the template instances (by correlation id) from the database file.</summary>
    public static InstanceSeeder Capture(string databasePath, IReadOnlyList<string> templateCorrelationIds)
    {
        using var connection = Open(databasePath);
        var templates = new List<Template>();
        foreach (var correlationId in templateCorrelationIds)
        {
            var instance = Read(connection, "SELECT * FROM WorkflowInstances WHERE CorrelationId = $key", correlationId).Single();
            var idText = (string)instance.Values[IndexOf(instance, "Id")]!;
            var bookmarks = Read(connection, "SELECT * FROM Bookmarks WHERE InstanceId = $key", idText);
            var log = Read(connection, "SELECT * FROM ExecutionLog WHERE InstanceId = $key ORDER BY Id", idText);
            if (bookmarks.Count == 0 || log.Count == 0)
            {
                throw new InvalidOperationException($"Template {correlationId} has {bookmarks.Count} bookmark rows and {log.Count} log rows: start it before capturing.");
            }

            var bookmarkIds = bookmarks.Select(b => Guid.Parse((string)b.Values[IndexOf(b, "Id")]!)).ToList();
            templates.Add(new Template(Guid.Parse(idText), correlationId, bookmarkIds, instance, bookmarks, [.. log.Select(WithoutRowId)]));
        }

        return new InstanceSeeder(templates);
    }

    /// <summary>Inserts <paramref name="count"/> copies, numbered from <paramref name="firstIndex"/> in their correlation ids.</summary>
    /// <returns>How long it took.</returns>
    public TimeSpan Seed(string databasePath, string correlationPrefix, int firstIndex, int count, TimeProvider clock)
    {
        var watch = Stopwatch.StartNew();
        using var connection = Open(databasePath);
        for (var done = 0; done < count;)
        {
            using var transaction = connection.BeginTransaction();
            using var insertInstance = Insert(connection, transaction, "WorkflowInstances", _templates[0].Instance);
            using var insertBookmark = Insert(connection, transaction, "Bookmarks", _templates[0].Bookmarks[0]);
            using var insertLog = Insert(connection, transaction, "ExecutionLog", _templates[0].Log[0]);
            for (var inTransaction = 0; inTransaction < InstancesPerTransaction && done < count; inTransaction++, done++)
            {
                var template = _templates[done % _templates.Count];
                var replacements = Replacements(template, EnrolmentWorkload.CorrelationId(correlationPrefix, firstIndex + done), clock.GetUtcNow());
                Execute(insertInstance, template.Instance, replacements);
                foreach (var bookmark in template.Bookmarks)
                {
                    Execute(insertBookmark, bookmark, replacements);
                }

                foreach (var entry in template.Log)
                {
                    Execute(insertLog, entry, replacements);
                }
            }

            transaction.Commit();
        }

        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        checkpoint.ExecuteNonQuery();
        return watch.Elapsed;
    }

    private static List<(string Old, string New)> Replacements(Template template, string correlationId, DateTimeOffset now)
    {
        var replacements = new List<(string Old, string New)> { (template.CorrelationId, correlationId) };
        AddGuid(replacements, template.InstanceId, Guid.CreateVersion7(now));
        foreach (var bookmarkId in template.BookmarkIds)
        {
            AddGuid(replacements, bookmarkId, Guid.CreateVersion7(now));
        }

        return replacements;
    }

    private static void AddGuid(List<(string Old, string New)> replacements, Guid old, Guid replacement)
    {
        // EF Core's SQLite provider stores a Guid as upper-case text; System.Text.Json writes it in lower case.
        replacements.Add((old.ToString("D"), replacement.ToString("D")));
        replacements.Add((old.ToString("D").ToUpperInvariant(), replacement.ToString("D").ToUpperInvariant()));
    }

    private static void Execute(SqliteCommand command, TemplateRow row, List<(string Old, string New)> replacements)
    {
        for (var i = 0; i < row.Values.Count; i++)
        {
            command.Parameters[i].Value = row.Values[i] is string text ? Replace(text, replacements) : row.Values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static string Replace(string text, List<(string Old, string New)> replacements)
    {
        foreach (var (old, replacement) in replacements)
        {
            text = text.Replace(old, replacement, StringComparison.Ordinal);
        }

        return text;
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, TemplateRow shape)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var names = shape.Columns.Select((_, i) => $"$p{i}").ToList();
#pragma warning disable CA2100 // Table and column names come from the engine's own schema, never from input.
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", shape.Columns)}) VALUES ({string.Join(", ", names)});";
#pragma warning restore CA2100
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static List<TemplateRow> Read(SqliteConnection connection, string sql, string key)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Fixed queries of this class.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader();
        var rows = new List<TemplateRow>();
        while (reader.Read())
        {
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToList();
            rows.Add(new TemplateRow(columns, values));
        }

        return rows;
    }

    /// <summary>Drops the log's autoincrement id, so copies get their own in append order.</summary>
    private static TemplateRow WithoutRowId(TemplateRow row)
    {
        var keep = Enumerable.Range(0, row.Columns.Count).Where(i => row.Columns[i] != "Id").ToList();
        return new TemplateRow([.. keep.Select(i => row.Columns[i])], [.. keep.Select(i => row.Values[i])]);
    }

    private static int IndexOf(TemplateRow row, string column) =>
        row.Columns.ToList().IndexOf(column) is var index and >= 0 ? index : throw new InvalidOperationException($"No column {column}.");

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    private sealed record Template(
        Guid InstanceId,
        string CorrelationId,
        IReadOnlyList<Guid> BookmarkIds,
        TemplateRow Instance,
        IReadOnlyList<TemplateRow> Bookmarks,
        IReadOnlyList<TemplateRow> Log);
}
