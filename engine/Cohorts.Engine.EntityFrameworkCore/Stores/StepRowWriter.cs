using System.Data.Common;
using System.Text;
using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// Writes a step's rows with plain statements inside the commit's transaction: the instance row (an INSERT, or an
/// UPDATE that checks the version), the bookmark rows removed and added, and the log entries in one multi-row INSERT.
/// </summary>
/// <remarks>
/// This is what SaveChanges wrote, without its per-entity machinery (change tracking, one command built per row, every
/// generated log id read back, a savepoint around the batch), which cost as much time as the rest of a step together
/// (docs/PERFORMANCE.md). Table, column and parameter handling all come from the EF model: every value goes through its
/// column's type mapping (Guids as upper-case text, instants as UTC ticks, enums as strings), so the rows are exactly
/// those EF writes and its queries read; and the statements go through EF's raw-SQL path, so they are logged and
/// intercepted like EF's own.
/// </remarks>
internal sealed class StepRowWriter : IDisposable
{
    // SQLite allows 32,766 parameters per statement; long logs (a loop over many items) are split well below that.
    private const int MaxRowsPerInsert = 500;

    private readonly WorkflowDbContext _db;
    private readonly ISqlGenerationHelper _sql;
    private readonly DbCommand _parameterFactory;

    public StepRowWriter(WorkflowDbContext db)
    {
        _db = db;
        _sql = db.GetService<ISqlGenerationHelper>();
        _parameterFactory = db.Database.GetDbConnection().CreateCommand();
    }

    /// <summary>Inserts the instance row.</summary>
    public async ValueTask InsertInstanceAsync(InstanceRecord instance, CancellationToken cancellationToken) =>
        await InsertAsync([instance], InstanceColumns, cancellationToken);

    /// <summary>
    /// Updates what a step changes in the instance row, <c>WHERE Id = @id AND Version = @expected</c>.
    /// </summary>
    /// <returns>False when no row had that id and version: another step committed first.</returns>
    public async ValueTask<bool> UpdateInstanceAsync(InstanceRecord instance, long expectedVersion, CancellationToken cancellationToken)
    {
        var entity = Entity<InstanceRecord>();
        var parameters = new List<DbParameter>();
        var sql = new StringBuilder("UPDATE ").Append(Table(entity)).Append(" SET ");
        string[] changed = [nameof(InstanceRecord.Version), nameof(InstanceRecord.Status), nameof(InstanceRecord.UpdatedAt), nameof(InstanceRecord.FinishedAt), nameof(InstanceRecord.State)];
        foreach (var name in changed)
        {
            sql.Append(parameters.Count == 0 ? string.Empty : ", ").Append(Column(entity, name)).Append(" = ")
                .Append(Add(parameters, entity, name, entity.FindProperty(name)!.GetGetter().GetClrValue(instance)));
        }

        sql.Append(" WHERE ").Append(Column(entity, nameof(InstanceRecord.Id))).Append(" = ").Append(Add(parameters, entity, nameof(InstanceRecord.Id), instance.Id))
            .Append(" AND ").Append(Column(entity, nameof(InstanceRecord.Version))).Append(" = ").Append(Add(parameters, entity, nameof(InstanceRecord.Version), expectedVersion));
        return await ExecuteAsync(sql, parameters, cancellationToken) == 1;
    }

    /// <summary>Deletes bookmark rows of the instance; rows that are gone already are no error.</summary>
    public async ValueTask DeleteBookmarksAsync(Guid instanceId, IReadOnlyList<Guid> bookmarkIds, CancellationToken cancellationToken)
    {
        var entity = Entity<BookmarkRecord>();
        foreach (var chunk in bookmarkIds.Chunk(MaxRowsPerInsert))
        {
            var parameters = new List<DbParameter>();
            var sql = new StringBuilder("DELETE FROM ").Append(Table(entity))
                .Append(" WHERE ").Append(Column(entity, nameof(BookmarkRecord.InstanceId))).Append(" = ").Append(Add(parameters, entity, nameof(BookmarkRecord.InstanceId), instanceId))
                .Append(" AND ").Append(Column(entity, nameof(BookmarkRecord.Id))).Append(" IN (");
            foreach (var id in chunk)
            {
                sql.Append(parameters.Count == 1 ? string.Empty : ", ").Append(Add(parameters, entity, nameof(BookmarkRecord.Id), id));
            }

            await ExecuteAsync(sql.Append(')'), parameters, cancellationToken);
        }
    }

    /// <summary>Inserts bookmark rows.</summary>
    public ValueTask InsertBookmarksAsync(IReadOnlyList<BookmarkRecord> bookmarks, CancellationToken cancellationToken) =>
        InsertAsync(bookmarks, BookmarkColumns, cancellationToken);

    /// <summary>Appends log rows in order (their autoincrement ids follow the order of the VALUES list).</summary>
    public ValueTask AppendLogAsync(IReadOnlyList<LogEntryRecord> entries, CancellationToken cancellationToken) =>
        InsertAsync(entries, LogColumns, cancellationToken);

    public void Dispose() => _parameterFactory.Dispose();

    private static readonly string[] InstanceColumns =
    [
        nameof(InstanceRecord.Id), nameof(InstanceRecord.DefinitionId), nameof(InstanceRecord.DefinitionVersion),
        nameof(InstanceRecord.CorrelationId), nameof(InstanceRecord.Status), nameof(InstanceRecord.Version),
        nameof(InstanceRecord.CreatedAt), nameof(InstanceRecord.UpdatedAt), nameof(InstanceRecord.FinishedAt),
        nameof(InstanceRecord.State),
    ];

    private static readonly string[] BookmarkColumns =
    [
        nameof(BookmarkRecord.Id), nameof(BookmarkRecord.InstanceId), nameof(BookmarkRecord.ExecutionId),
        nameof(BookmarkRecord.ActivityId), nameof(BookmarkRecord.Kind), nameof(BookmarkRecord.Name),
        nameof(BookmarkRecord.CorrelationKey), nameof(BookmarkRecord.DueAt), nameof(BookmarkRecord.CreatedAt),
    ];

    // Not Id: the database assigns it.
    private static readonly string[] LogColumns =
    [
        nameof(LogEntryRecord.InstanceId), nameof(LogEntryRecord.At), nameof(LogEntryRecord.Event),
        nameof(LogEntryRecord.ActivityId), nameof(LogEntryRecord.ActivityType), nameof(LogEntryRecord.Detail),
    ];

    private async ValueTask InsertAsync<TRecord>(IReadOnlyList<TRecord> records, string[] properties, CancellationToken cancellationToken)
        where TRecord : class
    {
        var entity = Entity<TRecord>();
        var getters = properties.Select(p => entity.FindProperty(p)!.GetGetter()).ToList();
        foreach (var chunk in records.Chunk(MaxRowsPerInsert))
        {
            var parameters = new List<DbParameter>();
            var sql = new StringBuilder("INSERT INTO ").Append(Table(entity)).Append(" (")
                .AppendJoin(", ", properties.Select(p => Column(entity, p))).Append(") VALUES ");
            for (var row = 0; row < chunk.Length; row++)
            {
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < properties.Length; column++)
                {
                    sql.Append(column == 0 ? string.Empty : ", ").Append(Add(parameters, entity, properties[column], getters[column].GetClrValue(chunk[row])));
                }

                sql.Append(')');
            }

            await ExecuteAsync(sql, parameters, cancellationToken);
        }
    }

    private Task<int> ExecuteAsync(StringBuilder sql, List<DbParameter> parameters, CancellationToken cancellationToken) =>
        _db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);

    /// <summary>Adds a parameter made by the column's own type mapping (its value converter applied) and returns its name.</summary>
    private string Add(List<DbParameter> parameters, IEntityType entity, string property, object? value)
    {
        var name = "@p" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var column = entity.FindProperty(property)!;
        parameters.Add(column.GetRelationalTypeMapping().CreateParameter(_parameterFactory, name, value, column.IsNullable));
        return name;
    }

    private IEntityType Entity<TRecord>() => _db.Model.FindEntityType(typeof(TRecord))!;

    private string Table(IEntityType entity) => _sql.DelimitIdentifier(entity.GetTableName()!);

    private string Column(IEntityType entity, string property) =>
        _sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());
}
