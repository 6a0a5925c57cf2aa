using System.Data.Common;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Simulation;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Workflows.Tests.Simulation;

/// <summary>
/// A preview's private database: made by the first preview of the process from the migrations' script, copied by the
/// next ones from a template (SQLite's backup). Each has the tables and indexes of a database the migrations made,
/// the simulator's own index, and foreign keys enforced.
/// </summary>
public sealed class SimulationHostTests
{
    [Fact]
    public async Task CreateAsync_EveryPreview_HasTheMigratedTablesItsIndexAndForeignKeys()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await using var migrated = await harness.OpenDbAsync();
        var tables = migrated.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Append(CohortsDbContext.MigrationsHistoryTable).ToHashSet();
        var expected = (await SchemaAsync(migrated.Database.GetDbConnection())).Where(s => tables.Contains(s.Table)).ToList();
        Assert.Contains(expected, s => s.Name == "Sessions");

        for (var i = 0; i < 3; i++)
        {
            await using var host = await SimulationHost.CreateAsync(WorkflowsHarness.Start, CancellationToken.None);
            await using var db = await host.Get<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
            var connection = db.Database.GetDbConnection();
            var schema = await SchemaAsync(connection);
            Assert.All(schema, s => Assert.Contains(s.Table, tables));

            Assert.Empty(expected.Except(schema));
            Assert.Equal(["IX_Simulation_SessionsDue"], schema.Except(expected).Select(s => s.Name));
            Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys"));
            Assert.True(await ScalarAsync(connection, $"SELECT COUNT(*) FROM \"{CohortsDbContext.MigrationsHistoryTable}\"") > 0);
        }
    }

    /// <summary>The tables and indexes and their SQL, with the table each belongs to.</summary>
    private static async Task<List<(string Name, string Table, string? Sql)>> SchemaAsync(DbConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return rows;
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
