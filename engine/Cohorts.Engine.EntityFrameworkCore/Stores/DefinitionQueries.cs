using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Engine.EntityFrameworkCore.Stores;

/// <summary>The definition store's queries, compiled once per store type (as <see cref="InstanceQueries"/>).</summary>
internal sealed class DefinitionQueries
{
    public readonly Func<WorkflowDbContext, string, int, CancellationToken, Task<DefinitionRecord?>> FindVersion =
        EF.CompileAsyncQuery((WorkflowDbContext db, string definitionId, int version, CancellationToken _) =>
            db.Definitions.AsNoTracking().FirstOrDefault(d => d.DefinitionId == definitionId && d.Version == version));

    public readonly Func<WorkflowDbContext, string, CancellationToken, Task<DefinitionRecord?>> FindLatest =
        EF.CompileAsyncQuery((WorkflowDbContext db, string definitionId, CancellationToken _) =>
            db.Definitions.AsNoTracking()
                .Where(d => d.DefinitionId == definitionId)
                .OrderByDescending(d => d.Version)
                .FirstOrDefault());

    public readonly Func<WorkflowDbContext, string, IAsyncEnumerable<DefinitionRecord>> Versions =
        EF.CompileAsyncQuery<WorkflowDbContext, string, DefinitionRecord>((WorkflowDbContext db, string definitionId) =>
            db.Definitions.AsNoTracking().Where(d => d.DefinitionId == definitionId).OrderBy(d => d.Version));

    public readonly Func<WorkflowDbContext, IAsyncEnumerable<DefinitionRecord>> Latest =
        EF.CompileAsyncQuery<WorkflowDbContext, DefinitionRecord>((WorkflowDbContext db) =>
            db.Definitions.AsNoTracking()
                .Where(d => d.Version == db.Definitions.Where(o => o.DefinitionId == d.DefinitionId).Max(o => o.Version))
                .OrderBy(d => d.DefinitionId));
}
