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
/// command diagnostics when anything listens, as EF's queries do (as Microsoft.Data.Sqlite commands); otherwise they
/// run through SQLite's C API (<see cref="KeptStatement"/>).
/// </remarks>
internal sealed class HotReader : IAsyncDisposable, IDisposable
{
    // A host runs a few dozen definitions; past this many, the numbers kept are forgotten and read again.
    private const int MaxKnownDefinitions = 256;

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
    private readonly StoredColumn[] _instanceColumns;
    private readonly StoredColumn _definitionVersion;
    private readonly MappedColumn<string> _bookmarkName;
    private readonly MappedColumn<string> _bookmarkCorrelationKey;
    private readonly MappedColumn<string> _definitionId;
    private readonly bool _ownsContext;
    private readonly Dictionary<string, KnownVersion> _latestKnown = new(StringComparer.Ordinal);
    private KeptStatement? _signalTargets;
    private KeptStatement? _latestVersion;
    private RawStatement? _dataVersion;

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
        _instanceColumns = [.. InstanceColumns.Select(c => new StoredColumn(_instances.FindProperty(c.Property)!))];
        _definitionVersion = new StoredColumn(_definitions.FindProperty(nameof(DefinitionRecord.Version))!);
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
        var statement = _signalTargets ??= Keep(SignalTargetsSql());
        var records = new List<InstanceRecord>();
        if (!KeptStatement.IsReported(_commandLogger, out var startTime))
        {
            cancellationToken.ThrowIfCancellationRequested();
            statement.Raw.Bind(0, _bookmarkName.ToProvider(name));
            statement.Raw.Bind(1, _bookmarkCorrelationKey.ToProvider(correlationKey));
            statement.Raw.Query(row => records.Add(ReadInstance(row.IsNull, (i, column) => column.Read(row, i))));
            return records;
        }

        var command = statement.Command;
        _bookmarkName.Bind(command, 0, "@p0", name);
        _bookmarkCorrelationKey.Bind(command, 1, "@p1", correlationKey);
        var reader = await ExecuteReaderAsync(command, startTime, cancellationToken);
        await using (reader)
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                records.Add(ReadInstance(reader.IsDBNull, (i, column) => column.Read(reader, i)));
            }
        }

        return records;
    }

    /// <summary>
    /// The highest version number of a definition, from the primary key's index; or, when this connection read it
    /// already and nothing was committed since by another connection (SQLite's <c>data_version</c>) nor published by
    /// this process (<paramref name="published"/>, the count of its publications), the number it read then.
    /// </summary>
    /// <remarks>
    /// Versions are published through connections of their own (never the writer's, whose commits do not move its
    /// <c>data_version</c>), and counted by the process, so a version published a moment ago, here or by another
    /// process, is always seen.
    /// </remarks>
    public async ValueTask<int?> LatestVersionAsync(string definitionId, long published, CancellationToken cancellationToken)
    {
        var statement = _latestVersion ??= Keep(
            $"SELECT {Column(_definitions, nameof(DefinitionRecord.Version))} FROM {Table(_definitions)} " +
            $"WHERE {Column(_definitions, nameof(DefinitionRecord.DefinitionId))} = @p0 " +
            $"ORDER BY {Column(_definitions, nameof(DefinitionRecord.Version))} DESC LIMIT 1");
        if (!KeptStatement.IsReported(_commandLogger, out var startTime))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dataVersion = DataVersion();
            if (_latestKnown.TryGetValue(definitionId, out var known) && known.DataVersion == dataVersion && known.Published == published)
            {
                return known.Version;
            }

            int? version = null;
            statement.Raw.Bind(0, _definitionId.ToProvider(definitionId));
            statement.Raw.Query(row => version ??= row.IsNull(0) ? null : (int?)_definitionVersion.Read(row, 0));
            if (version is { } found)
            {
                Remember(definitionId, new KnownVersion(found, dataVersion, published));
            }

            return version;
        }

        var command = statement.Command;
        _definitionId.Bind(command, 0, "@p0", definitionId);
        var reader = await ExecuteReaderAsync(command, startTime, cancellationToken);
        await using (reader)
        {
            return await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0)
                ? (int?)_definitionVersion.Read(reader, 0)
                : null;
        }
    }

    /// <summary>
    /// Disposes the prepared statements; a reader that owns its context also closes the connection and returns the
    /// context to its pool.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        _signalTargets?.Dispose();
        _latestVersion?.Dispose();
        _dataVersion?.Dispose();
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
        _dataVersion?.Dispose();
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

    /// <summary>SQLite's count of the commits other connections made to the database, as this connection sees it.</summary>
    private long DataVersion()
    {
        long dataVersion = 0;
        (_dataVersion ??= RawStatement.Prepare(_connection, "PRAGMA data_version")).Query(row => dataVersion = row.Int64(0));
        return dataVersion;
    }

    /// <summary>Keeps a version number read (a definition that exists), for a bounded number of definitions.</summary>
    private void Remember(string definitionId, KnownVersion known)
    {
        if (_latestKnown.Count >= MaxKnownDefinitions && !_latestKnown.ContainsKey(definitionId))
        {
            _latestKnown.Clear();
        }

        _latestKnown[definitionId] = known;
    }

    /// <summary>An instance row from its columns' values (<paramref name="isNull"/> and <paramref name="read"/> by ordinal).</summary>
    private InstanceRecord ReadInstance(Func<int, bool> isNull, Func<int, StoredColumn, object> read)
    {
        var record = new InstanceRecord();
        for (var i = 0; i < InstanceColumns.Length; i++)
        {
            InstanceColumns[i].Set(record, isNull(i) ? null : read(i, _instanceColumns[i]));
        }

        return record;
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

    private KeptStatement Keep(string sql) => new(_connection, sql);

    /// <summary>Runs a query as a command, reporting it to EF's command diagnostics.</summary>
    private async Task<SqliteDataReader> ExecuteReaderAsync(SqliteCommand command, DateTimeOffset startTime, CancellationToken cancellationToken)
    {
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

    /// <summary>A latest version number read, with what the database and the process had committed and published then.</summary>
    private readonly record struct KnownVersion(int Version, long DataVersion, long Published);
}
