using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Cohorts.Engine.EntityFrameworkCore.Sqlite;

/// <summary>
/// EF Core's SQLite migration SQL, with each migration kept in one transaction: a table rebuild (what SQLite needs to
/// drop a column or add a foreign key) no longer turns foreign keys off and on around it with statements run outside
/// the migration's transaction.
/// </summary>
/// <remarks>
/// <para>
/// EF turns them off with <c>PRAGMA foreign_keys = 0</c>, which SQLite ignores inside a transaction, so EF commits what
/// the migration did so far, runs the pragma, and begins again (and warns at every start of a new installation, event
/// 20410). A process stopped between those commits left a migration half applied and not recorded: the next start ran
/// it again, failed on the column it had already added, and the installation could not start.
/// </para>
/// <para>
/// Here the migration runs whole in one transaction, and the caller turns foreign keys off for the connection before
/// it (<see cref="SqliteMigrations"/>). In place of the first pragma, a guard fails the migration, with nothing of it
/// written, on a connection that enforces foreign keys: there, dropping the old table would delete, through
/// <c>ON DELETE CASCADE</c>, every row that references it. The guard is a row inserted into a temporary table whose
/// foreign key names a table that does not exist: SQLite checks that reference only when it enforces foreign keys, and
/// the error then names the missing table, which says what to do.
/// </para>
/// </remarks>
internal sealed class SqliteOneTransactionMigrationsSqlGenerator(MigrationsSqlGeneratorDependencies dependencies, IRelationalAnnotationProvider migrationsAnnotations)
    : SqliteMigrationsSqlGenerator(dependencies, migrationsAnnotations)
{
    /// <summary>The table the guard's foreign key names: the text of the error a connection enforcing foreign keys gets.</summary>
    public const string GuardMessage = "foreign_keys_must_be_off_to_rebuild_a_table";

    private const string GuardSql =
        "CREATE TEMP TABLE \"cohorts_rebuild_guard\" (\"Id\" INTEGER REFERENCES \"" + GuardMessage + "\" (\"Id\"));\n" +
        "INSERT INTO \"cohorts_rebuild_guard\" VALUES (1);\n" +
        "DROP TABLE \"cohorts_rebuild_guard\";";

    /// <inheritdoc />
    protected override void Generate(SqlOperation operation, IModel? model, MigrationCommandListBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(builder);
        switch (ForeignKeysPragma(operation))
        {
            case false:
                builder.AppendLines(GuardSql).EndCommand();
                break;
            case true:
                break;
            default:
                base.Generate(operation, model, builder);
                break;
        }
    }

    /// <summary>Reads EF's rebuild pragma: false for <c>foreign_keys = 0</c>, true for <c>= 1</c>, null for any other SQL.</summary>
    private static bool? ForeignKeysPragma(SqlOperation operation) =>
        !operation.SuppressTransaction
            ? null
            : operation.Sql.Trim() switch
            {
                "PRAGMA foreign_keys = 0;" => false,
                "PRAGMA foreign_keys = 1;" => true,
                _ => null,
            };
}
