using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.EntityFrameworkCore.Records;
using Cohorts.Engine.Instances;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>
/// The reads every start or signal makes (the signal's target instances, a definition's latest version number), on its
/// own context whose connection stays open, each statement prepared once and run again with new parameters. Used by one
/// caller at a time (<see cref="HotReaderPool"/> rents it out), outside any transaction: each read is one autocommit
/// statement, and its reader is disposed (the statement reset) before the method returns, so an idle reader holds no
/// snapshot of the database.
/// </summary>
/// <remarks>
/// The same reason as <see cref="StepRowWriter"/>'s: EF builds a new command for each run of a compiled query, and
/// Microsoft.Data.Sqlite compiles a command's statement on first execution and finalizes it when the connection closes,
/// so each of these reads compiled its SQL again (about a quarter of a step's CPU, docs/PERFORMANCE.md). The SQL is what
/// EF's compiled queries for them sent (a signal bookmark subquery on the instances' key; the highest version by the
/// definitions' key), built from the EF model; values go in and come out through each column's type mapping. The statements report to EF's
/// command diagnostics when anything listens, as EF's queries do.
/// </remarks>
internal sealed class HotReader : IAsyncDisposable, IDisposable
{
    private static readonly InstanceColumn[] InstanceColumns =
    [
        new(nameof(InstanceRecord.Id), (r, v) => r.Id = (Guid)v!),
        new(nameof(InstanceRecord.DefinitionId), (r, v) => r.DefinitionId = (string)v!),
        new(nameof(InstanceRecord.DefinitionVersion), (r, v) => r.DefinitionVersion = (int)v!),
        new(nameof(InstanceRecord.CorrelationId), (r, v) => r.CorrelationId = (string?)v),
        new(nameof(InstanceRecord.Status), (r, v) => r.Status = (WorkflowStatus)v!),
        new(nameof(InstanceRecord.Version), (r, v) => r.Version = (long)v!),
        new(nameof(InstanceRecord.CreatedAt), (r, v) => r.CreatedAt = (DateTimeOffset)v!),
        new(nameof(InstanceRecord.UpdatedAt), (r, v) => r.UpdatedAt = (DateTimeOffset)v!),
        new(nameof(InstanceRecord.FinishedAt), (r, v) => r.FinishedAt = (DateTimeOffset?)v),
        new(nameof(InstanceRecord.State), (r, v) => r.State = (string)v!),
    ];

    private readonly WorkflowDbContext _db;
    private readonly SqliteConnection _connection;
    private readonly IRelationalConnection _relationalConnection;
    private readonly IRelationalCommandDiagnosticsLogger _commandLogger;
    private readonly ISqlGenerationHelper _sql;
    private readonly IEntityType _instances;
    private readonly IEntityType _bookmarks;
    private readonly IEntityType _definitions;
    private readonly IProperty[] _instanceProperties;
    private readonly MappedColumn<string> _bookmarkName;
    private readonly MappedColumn<string> _bookmarkCorrelationKey;
    private readonly MappedColumn<string> _definitionId;
    private SqliteCommand? _signalTargets;
    private SqliteCommand? _latestVersion;
    private readonly bool _ownsContext;

    private HotReader(WorkflowDbContext db, bool ownsContext)
    {
        _db = db;
        _ownsContext = ownsContext;
        _connection = (SqliteConnection)db.Database.GetDbConnection();
        _relationalConnection = db.GetService<IRelationalConnection>();
        _commandLogger = db.GetService<IRelationalCommandDiagnosticsLogger>();
        _sql = db.GetService<ISqlGenerationHelper>();
        _instances = db.Model.FindEntityType(typeof(InstanceRecord))!;
        _bookmarks = db.Model.FindEntityType(typeof(BookmarkRecord))!;
        _definitions = db.Model.FindEntityType(typeof(DefinitionRecord))!;
        _instanceProperties = [.. InstanceColumns.Select(c => _instances.FindProperty(c.Property)!)];
        _bookmarkName = new(_bookmarks, nameof(BookmarkRecord.Name), static v => v);
        _bookmarkCorrelationKey = new(_bookmarks, nameof(BookmarkRecord.CorrelationKey), static v => v);
        _definitionId = new(_definitions, nameof(DefinitionRecord.DefinitionId), static v => v);
    }

    /// <summary>Rents a context from the pool and opens its connection (the pragma interceptor configures it then).</summary>
    public static async ValueTask<HotReader> OpenAsync(IDbContextFactory<WorkflowDbContext> contextFactory, CancellationToken cancellationToken)
    {
        var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return new HotReader(db, ownsContext: true);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A reader over a context whose connection is open and stays so, owned by someone else (the
    /// <see cref="StepRowWriter"/>'s): disposing the reader disposes its statements only.
    /// </summary>
    public static HotReader Over(WorkflowDbContext db) => new(db, ownsContext: false);

    /// <summary>
    /// The instances waiting on a signal bookmark of this name and key: the signals-only IX_Bookmarks_Name_CorrelationKey,
    /// then the instances' primary key.
    /// </summary>
    public async ValueTask<List<InstanceRecord>> SignalTargetsAsync(string name, string correlationKey, CancellationToken cancellationToken)
    {
        var command = _signalTargets ??= Create(SignalTargetsSql());
        _bookmarkName.Bind(command, 0, "@p0", name);
        _bookmarkCorrelationKey.Bind(command, 1, "@p1", correlationKey);
        var records = new List<InstanceRecord>();
        var reader = await ExecuteReaderAsync(command, cancellationToken);
        await using (reader)
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var record = new InstanceRecord();
                for (var i = 0; i < InstanceColumns.Length; i++)
                {
                    InstanceColumns[i].Set(record, Read(reader, i, _instanceProperties[i]));
                }

                records.Add(record);
            }
        }

        return records;
    }

    /// <summary>The highest version number of a definition, from the primary key's index.</summary>
    public async ValueTask<int?> LatestVersionAsync(string definitionId, CancellationToken cancellationToken)
    {
        var command = _latestVersion ??= Create(
            $"SELECT {Column(_definitions, nameof(DefinitionRecord.Version))} FROM {Table(_definitions)} " +
            $"WHERE {Column(_definitions, nameof(DefinitionRecord.DefinitionId))} = @p0 " +
            $"ORDER BY {Column(_definitions, nameof(DefinitionRecord.Version))} DESC LIMIT 1");
        _definitionId.Bind(command, 0, "@p0", definitionId);
        var reader = await ExecuteReaderAsync(command, cancellationToken);
        await using (reader)
        {
            return await reader.ReadAsync(cancellationToken)
                ? (int?)Read(reader, 0, _definitions.FindProperty(nameof(DefinitionRecord.Version))!)
                : null;
        }
    }

    /// <summary>
    /// Disposes the prepared statements; a reader that owns its context also closes the connection and returns the
    /// context to its pool.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        await (_signalTargets?.DisposeAsync() ?? ValueTask.CompletedTask);
        await (_latestVersion?.DisposeAsync() ?? ValueTask.CompletedTask);
        if (!_ownsContext)
        {
            return;
        }

        try
        {
            await _db.Database.CloseConnectionAsync();
        }
        finally
        {
            await _db.DisposeAsync();
        }
    }

    /// <summary>As <see cref="DisposeAsync"/>, synchronously.</summary>
    public void Dispose()
    {
        _signalTargets?.Dispose();
        _latestVersion?.Dispose();
        if (!_ownsContext)
        {
            return;
        }

        try
        {
            _db.Database.CloseConnection();
        }
        finally
        {
            _db.Dispose();
        }
    }

    /// <summary>
    /// A column's value converted as EF reads it: the provider value (TEXT, INTEGER) through the column's converter
    /// (enum names, UTC ticks); null for SQL NULL.
    /// </summary>
    private static object? Read(SqliteDataReader reader, int ordinal, IProperty property)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        var mapping = property.GetRelationalTypeMapping();
        var converter = mapping.Converter;
        var providerType = converter?.ProviderClrType ?? mapping.ClrType;
        providerType = Nullable.GetUnderlyingType(providerType) ?? providerType;
        object value = providerType == typeof(string) ? reader.GetString(ordinal)
            : providerType == typeof(long) ? reader.GetInt64(ordinal)
            : providerType == typeof(int) ? reader.GetInt32(ordinal)
            : providerType == typeof(Guid) ? reader.GetGuid(ordinal)
            : throw new NotSupportedException($"Column {property.Name} is stored as {providerType}, which the prepared reads do not read.");
        return converter is null ? value : converter.ConvertFromProvider(value);
    }

    private string SignalTargetsSql()
    {
        // The Kind term is a literal, as in EF's query, so SQLite uses the signals-only partial index.
        var kind = _bookmarks.FindProperty(nameof(BookmarkRecord.Kind))!;
        var signal = kind.GetRelationalTypeMapping().GenerateProviderValueSqlLiteral(
            kind.GetRelationalTypeMapping().Converter!.ConvertToProvider(BookmarkKind.Signal));
        var columns = string.Join(", ", InstanceColumns.Select(c => Column(_instances, c.Property)));
        return $"SELECT {columns} FROM {Table(_instances)} WHERE {Column(_instances, nameof(InstanceRecord.Id))} IN (" +
            $"SELECT {Column(_bookmarks, nameof(BookmarkRecord.InstanceId))} FROM {Table(_bookmarks)} " +
            $"WHERE {Column(_bookmarks, nameof(BookmarkRecord.Name))} = @p0 AND {Column(_bookmarks, nameof(BookmarkRecord.CorrelationKey))} = @p1 " +
            $"AND {Column(_bookmarks, nameof(BookmarkRecord.Kind))} = {signal})";
    }

    private SqliteCommand Create(string sql)
    {
        var command = _connection.CreateCommand();
#pragma warning disable CA2100 // Built from the EF model's table and column names, a literal of the model's and parameter placeholders only.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    /// <summary>Runs a query, reporting it to EF's command diagnostics when anything listens.</summary>
    private async Task<SqliteDataReader> ExecuteReaderAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        // Timestamps for EF's diagnostics only (how long a command took), never the engine's time.
        var startTime = TimeProvider.System.GetUtcNow();
        if (!_commandLogger.ShouldLogCommandExecute(startTime))
        {
            return await command.ExecuteReaderAsync(cancellationToken);
        }

        var commandId = Guid.NewGuid();
        try
        {
            var interception = await _commandLogger.CommandReaderExecutingAsync(
                _relationalConnection, command, command.CommandText, _db, commandId, _relationalConnection.ConnectionId, startTime, CommandSource.LinqQuery, cancellationToken);
            var reader = interception.HasResult ? interception.Result : await command.ExecuteReaderAsync(cancellationToken);
            var result = await _commandLogger.CommandReaderExecutedAsync(
                _relationalConnection, command, command.CommandText, _db, commandId, _relationalConnection.ConnectionId, reader, startTime,
                TimeProvider.System.GetUtcNow() - startTime, CommandSource.LinqQuery, cancellationToken);
            return (SqliteDataReader)result;
        }
        catch (SqliteException exception)
        {
            await _commandLogger.CommandErrorAsync(
                _relationalConnection, command, command.CommandText, _db, DbCommandMethod.ExecuteReader, commandId, _relationalConnection.ConnectionId,
                exception, startTime, TimeProvider.System.GetUtcNow() - startTime, CommandSource.LinqQuery, cancellationToken);
            throw;
        }
    }

    private string Table(IEntityType entity) => _sql.DelimitIdentifier(entity.GetTableName()!);

    private string Column(IEntityType entity, string property) => _sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName());

    /// <summary>An instance column: the record's property and how to set it from the converted value.</summary>
    private sealed record InstanceColumn(string Property, Action<InstanceRecord, object?> Set);
}
