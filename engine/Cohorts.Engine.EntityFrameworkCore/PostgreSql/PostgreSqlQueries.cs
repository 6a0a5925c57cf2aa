using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.PostgreSql;

/// <summary>
/// The reads every start or signal makes, compiled once per process; Npgsql prepares their statements on each pooled
/// connection after a few runs (<c>Max Auto Prepare</c>), what <see cref="Stores.HotReader"/> does by hand on SQLite.
/// </summary>
internal static class PostgreSqlQueries
{
    /// <summary>The instances waiting on a signal bookmark of this name and key (the signals-only bookmark index).</summary>
    public static readonly Func<WorkflowDbContext, string, string, IAsyncEnumerable<InstanceRecord>> SignalTargets =
        EF.CompileAsyncQuery<WorkflowDbContext, string, string, InstanceRecord>((WorkflowDbContext db, string name, string correlationKey) =>
            db.Instances.AsNoTracking().Where(i => db.Bookmarks.Any(b =>
                b.InstanceId == i.Id && b.Name == name && b.CorrelationKey == correlationKey && b.Kind == BookmarkKind.Signal)));

    /// <summary>The highest version number of a definition, from the primary key's index.</summary>
    public static readonly Func<WorkflowDbContext, string, CancellationToken, Task<int?>> LatestVersion =
        EF.CompileAsyncQuery((WorkflowDbContext db, string definitionId, CancellationToken _) =>
            db.Definitions.AsNoTracking()
                .Where(d => d.DefinitionId == definitionId)
                .OrderByDescending(d => d.Version)
                .Select(d => (int?)d.Version)
                .FirstOrDefault());
}
