using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Cohorts.Engine.EntityFrameworkCore.PostgreSql;

/// <summary>
/// Adds to the engine's PostgreSQL model what the database needs beyond the tables: the <c>NOCASE</c> collation
/// (case-insensitive, ICU, non-deterministic) that the domain's and the host's queries name as on SQLite
/// (<c>EF.Functions.Collate(email, "NOCASE")</c>), so they run unchanged. The engine's migrations create it, first of
/// the three contexts migrated at start.
/// </summary>
internal sealed class PostgreSqlModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    /// <summary>The collation name the queries use, SQLite's built-in one.</summary>
    public const string NoCase = "NOCASE";

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.Customize(modelBuilder, context);
        if (context is WorkflowDbContext)
        {
            modelBuilder.HasCollation(NoCase, locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        }
    }
}
