using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Cohorts.Engine.EntityFrameworkCore.Records;
using Cohorts.Engine.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Cohorts.Engine.EntityFrameworkCore.PostgreSql;

/// <summary>
/// Writes a step's rows on PostgreSQL as one batch, one round trip: the instance's advisory lock,
/// the removed bookmarks' DELETE, the instance INSERT or its UPDATE with the version check, the added bookmarks and
/// the log entries in multi-row INSERTs. What SaveChanges wrote, without its per-entity machinery, as
/// <see cref="Stores.StepRowWriter"/> does on SQLite; Npgsql prepares each statement shape once (Max Auto Prepare).
/// Table and column names and every value's conversion come from the EF model, so the rows are the ones EF writes and
/// its queries read. In a transaction participants opened, the batch is part of it and the caller commits; alone, the
/// batch is its own transaction (PostgreSQL runs the statements of one batch in one implicit transaction, committed
/// durably at its end, all rolled back by any error): the whole step in one round trip, as many as a raw single-row
/// transaction needs. The version check then fails the batch itself when the instance row is not at the expected
/// version (a division by zero on the updated rows' count), so nothing of the step is written.
/// </summary>
internal static class PostgreSqlStepBatch
{
    // PostgreSQL takes at most 65,535 parameters per statement; long logs are split well below that.
    private const int MaxRowsPerInsert = 1_000;

    private static readonly string[] InstanceColumns =
    [
        nameof(InstanceRecord.Id), nameof(InstanceRecord.DefinitionId), nameof(InstanceRecord.DefinitionVersion), nameof(InstanceRecord.CorrelationId),
        nameof(InstanceRecord.Status), nameof(InstanceRecord.Version), nameof(InstanceRecord.CreatedAt), nameof(InstanceRecord.UpdatedAt),
        nameof(InstanceRecord.FinishedAt), nameof(InstanceRecord.State),
    ];

    // What a later step may change (the definition version: a migration); the rest is fixed at start.
    private static readonly string[] InstanceUpdateColumns =
    [
        nameof(InstanceRecord.DefinitionVersion), nameof(InstanceRecord.Version), nameof(InstanceRecord.Status),
        nameof(InstanceRecord.UpdatedAt), nameof(InstanceRecord.FinishedAt), nameof(InstanceRecord.State),
    ];

    private static readonly string[] BookmarkColumns =
    [
        nameof(BookmarkRecord.Id), nameof(BookmarkRecord.InstanceId), nameof(BookmarkRecord.ExecutionId), nameof(BookmarkRecord.ActivityId),
        nameof(BookmarkRecord.Kind), nameof(BookmarkRecord.Name), nameof(BookmarkRecord.CorrelationKey), nameof(BookmarkRecord.DueAt),
        nameof(BookmarkRecord.CreatedAt),
    ];

    // Not Id: the database assigns it, in the order of the VALUES list.
    private static readonly string[] LogColumns =
    [
        nameof(LogEntryRecord.InstanceId), nameof(LogEntryRecord.At), nameof(LogEntryRecord.Event), nameof(LogEntryRecord.ActivityId),
        nameof(LogEntryRecord.ActivityType), nameof(LogEntryRecord.Detail),
    ];

    private static readonly ConcurrentDictionary<(string Statement, int Rows), string> Texts = new();

    /// <summary>
    /// Writes the step's rows in the transaction open on <paramref name="db"/>'s connection, or as a transaction of
    /// their own when none is (the connection must be open).
    /// </summary>
    /// <returns>False when the instance row was not at the version the step started from: another step committed first.</returns>
    public static async ValueTask<bool> WriteAsync(WorkflowDbContext db, StepCommit commit, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        var alone = transaction is null;
        var instance = InstanceRecord.FromInstance(commit.Instance);
        await using var batch = new NpgsqlBatch(connection, transaction);

        var lockCommand = batch.CreateBatchCommand();
        lockCommand.CommandText = "SELECT pg_advisory_xact_lock($1)";
        lockCommand.Parameters.Add(new NpgsqlParameter { Value = PostgreSqlLocks.KeyOf(instance.Id) });
        batch.BatchCommands.Add(lockCommand);

        var bookmarks = db.Model.FindEntityType(typeof(BookmarkRecord))!;
        if (commit.RemovedBookmarks.Count > 0)
        {
            // Set-based: a row already gone is no error; the version check on the instance row decides conflicts.
            var delete = batch.CreateBatchCommand();
            delete.CommandText = Texts.GetOrAdd(("delete-bookmarks", 0), _ =>
                $"DELETE FROM {Table(bookmarks)} WHERE {Column(bookmarks, nameof(BookmarkRecord.InstanceId))} = $1 AND {Column(bookmarks, nameof(BookmarkRecord.Id))} = ANY($2)");
            delete.Parameters.Add(Parameter(bookmarks, nameof(BookmarkRecord.InstanceId), instance.Id));
            delete.Parameters.Add(new NpgsqlParameter { Value = commit.RemovedBookmarks.Select(b => b.Id).ToArray() });
            batch.BatchCommands.Add(delete);
        }

        var instances = db.Model.FindEntityType(typeof(InstanceRecord))!;
        var write = batch.CreateBatchCommand();
        if (commit.IsNew)
        {
            write.CommandText = InsertText("insert-instance", instances, InstanceColumns, 1);
            AddValues(write, instances, InstanceColumns, [instance], Read);
        }
        else
        {
            write.CommandText = Texts.GetOrAdd((alone ? "update-instance-checked" : "update-instance", 1), _ =>
            {
                var sql = new StringBuilder(alone ? "WITH updated AS (UPDATE " : "UPDATE ").Append(Table(instances)).Append(" SET ");
                for (var i = 0; i < InstanceUpdateColumns.Length; i++)
                {
                    sql.Append(i == 0 ? string.Empty : ", ").Append(Column(instances, InstanceUpdateColumns[i])).Append(" = $").Append(i + 1);
                }

                return sql.Append(" WHERE ").Append(Column(instances, nameof(InstanceRecord.Id))).Append(" = $").Append(InstanceUpdateColumns.Length + 1)
                    .Append(" AND ").Append(Column(instances, nameof(InstanceRecord.Version))).Append(" = $").Append(InstanceUpdateColumns.Length + 2)
                    .Append(alone ? $" RETURNING 1) SELECT 1 / (SELECT COUNT(*)::integer FROM updated)" : string.Empty)
                    .ToString();
            });
            AddValues(write, instances, InstanceUpdateColumns, [instance], Read);
            write.Parameters.Add(Parameter(instances, nameof(InstanceRecord.Id), instance.Id));
            write.Parameters.Add(Parameter(instances, nameof(InstanceRecord.Version), commit.ExpectedVersion));
        }

        batch.BatchCommands.Add(write);
        AddInserts(batch, "insert-bookmarks", bookmarks, BookmarkColumns, [.. commit.AddedBookmarks.Select(BookmarkRecord.FromBookmark)], Read);
        var log = db.Model.FindEntityType(typeof(LogEntryRecord))!;
        AddInserts(batch, "append-log", log, LogColumns, [.. commit.Log.Select(LogEntryRecord.FromEntry)], Read);

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (alone && exception.SqlState == PostgresErrorCodes.DivisionByZero)
        {
            return false; // the instance row was not at the expected version: the batch, the step's transaction, rolled back
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new DbUpdateException($"Writing a step's rows failed: {exception.MessageText}", exception);
        }
        catch (NpgsqlException exception)
        {
            throw new DbUpdateException($"Writing a step's rows failed: {exception.Message}", exception);
        }

        return alone || write.RecordsAffected == 1;
    }

    private static void AddInserts<TRecord>(NpgsqlBatch batch, string statement, IEntityType entity, string[] columns, TRecord[] records, Func<TRecord, string, object?> read)
    {
        foreach (var chunk in records.Chunk(MaxRowsPerInsert / columns.Length))
        {
            var insert = batch.CreateBatchCommand();
            insert.CommandText = InsertText(statement, entity, columns, chunk.Length);
            AddValues(insert, entity, columns, chunk, read);
            batch.BatchCommands.Add(insert);
        }
    }

    private static string InsertText(string statement, IEntityType entity, string[] columns, int rows) =>
        Texts.GetOrAdd((statement, rows), _ =>
        {
            var sql = new StringBuilder("INSERT INTO ").Append(Table(entity)).Append(" (")
                .AppendJoin(", ", columns.Select(c => Column(entity, c))).Append(") VALUES ");
            for (var row = 0; row < rows; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var i = 0; i < columns.Length; i++)
                {
                    sql.Append(i == 0 ? "$" : ", $").Append(((row * columns.Length) + i + 1).ToString(CultureInfo.InvariantCulture));
                }

                sql.Append(')');
            }

            return sql.ToString();
        });

    private static void AddValues<TRecord>(NpgsqlBatchCommand command, IEntityType entity, string[] columns, IReadOnlyList<TRecord> records, Func<TRecord, string, object?> read)
    {
        foreach (var record in records)
        {
            foreach (var column in columns)
            {
                command.Parameters.Add(Parameter(entity, column, read(record, column)));
            }
        }
    }

    /// <summary>A positional parameter holding a value through its column's type mapping (its value converter applied).</summary>
    private static NpgsqlParameter Parameter(IEntityType entity, string property, object? value)
    {
        var mapping = entity.FindProperty(property)!.GetRelationalTypeMapping();
        var provider = value is null ? null : mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        var parameter = new NpgsqlParameter { Value = provider ?? DBNull.Value };
        if (provider is null)
        {
            parameter.DataTypeName = mapping.StoreType; // a NULL still needs its type for the server
        }

        return parameter;
    }

    private static string Table(IEntityType entity) => $"\"{entity.GetTableName()}\"";

    private static string Column(IEntityType entity, string property) => $"\"{entity.FindProperty(property)!.GetColumnName()}\"";

    private static object? Read(InstanceRecord r, string column) => column switch
    {
        nameof(InstanceRecord.Id) => r.Id,
        nameof(InstanceRecord.DefinitionId) => r.DefinitionId,
        nameof(InstanceRecord.DefinitionVersion) => r.DefinitionVersion,
        nameof(InstanceRecord.CorrelationId) => r.CorrelationId,
        nameof(InstanceRecord.Status) => r.Status,
        nameof(InstanceRecord.Version) => r.Version,
        nameof(InstanceRecord.CreatedAt) => r.CreatedAt,
        nameof(InstanceRecord.UpdatedAt) => r.UpdatedAt,
        nameof(InstanceRecord.FinishedAt) => r.FinishedAt,
        _ => r.State,
    };

    private static object? Read(BookmarkRecord r, string column) => column switch
    {
        nameof(BookmarkRecord.Id) => r.Id,
        nameof(BookmarkRecord.InstanceId) => r.InstanceId,
        nameof(BookmarkRecord.ExecutionId) => r.ExecutionId,
        nameof(BookmarkRecord.ActivityId) => r.ActivityId,
        nameof(BookmarkRecord.Kind) => r.Kind,
        nameof(BookmarkRecord.Name) => r.Name,
        nameof(BookmarkRecord.CorrelationKey) => r.CorrelationKey,
        nameof(BookmarkRecord.DueAt) => r.DueAt,
        _ => r.CreatedAt,
    };

    private static object? Read(LogEntryRecord r, string column) => column switch
    {
        nameof(LogEntryRecord.InstanceId) => r.InstanceId,
        nameof(LogEntryRecord.At) => r.At,
        nameof(LogEntryRecord.Event) => r.Event,
        nameof(LogEntryRecord.ActivityId) => r.ActivityId,
        nameof(LogEntryRecord.ActivityType) => r.ActivityType,
        _ => r.Detail,
    };
}
