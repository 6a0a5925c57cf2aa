using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Cohorts.Engine.EntityFrameworkCore.Providers;

/// <summary>
/// The migrations of one provider in an assembly holding those of both (EF Core's multi-provider layout, with the sets
/// told apart by namespace rather than by assembly): a PostgreSQL context sees only the migrations and snapshot in a
/// namespace ending in <c>.PostgreSql</c> (a <c>Migrations/PostgreSql</c> folder), a SQLite context only the others.
/// EF's own lookup would see both sets, and take whichever snapshot came first.
/// </summary>
internal sealed class ProviderMigrationsAssembly : IMigrationsAssembly
{
    /// <summary>The last namespace segment of the PostgreSQL migrations.</summary>
    public const string PostgreSqlNamespaceSuffix = ".PostgreSql";

    private readonly Type _contextType;
    private readonly bool _postgreSql;
    private readonly IMigrationsIdGenerator _idGenerator;
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _modelSnapshot;

    public ProviderMigrationsAssembly(
        ICurrentDbContext currentContext,
        IDbContextOptions options,
        IDatabaseProvider databaseProvider,
        IMigrationsIdGenerator idGenerator)
    {
        ArgumentNullException.ThrowIfNull(currentContext);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(databaseProvider);
        _contextType = currentContext.Context.GetType();
        _postgreSql = databaseProvider.Name.StartsWith("Npgsql", StringComparison.Ordinal);
        _idGenerator = idGenerator;
        var assemblyName = RelationalOptionsExtension.Extract(options).MigrationsAssembly;
        Assembly = assemblyName is null ? _contextType.Assembly : Assembly.Load(new AssemblyName(assemblyName));
    }

    public Assembly Assembly { get; }

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= FindMigrations();

    public ModelSnapshot? ModelSnapshot => _modelSnapshot ??= Types()
        .Where(t => t.IsSubclassOf(typeof(ModelSnapshot)))
        .Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!)
        .FirstOrDefault();

    public string? FindMigrationId(string nameOrId)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        return Migrations.Keys.FirstOrDefault(
            _idGenerator.IsValidId(nameOrId)
                ? id => string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
                : id => string.Equals(_idGenerator.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));
    }

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private SortedList<string, TypeInfo> FindMigrations()
    {
        var migrations = new SortedList<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in Types().Where(t => t.IsSubclassOf(typeof(Migration))))
        {
            if (type.GetCustomAttribute<MigrationAttribute>() is { } attribute)
            {
                migrations.Add(attribute.Id, type);
            }
        }

        return migrations;
    }

    /// <summary>The concrete types of this context and provider.</summary>
    private IEnumerable<TypeInfo> Types() =>
        Assembly.DefinedTypes.Where(t =>
            !t.IsAbstract
            && !t.IsGenericTypeDefinition
            && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType
            && (t.Namespace?.EndsWith(PostgreSqlNamespaceSuffix, StringComparison.Ordinal) ?? false) == _postgreSql);
}
