using Cohorts.Engine.EntityFrameworkCore.Providers;
using Cohorts.Engine.Persistence;
using Cohorts.Workflows.DependencyInjection;
using Cohorts.Workflows.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cohorts.Workflows.Simulation;

/// <summary>
/// A private world for one simulation: the real engine and domain services, with workflow instances and definitions in
/// an <see cref="InMemoryWorkflowStore"/>, the domain's tables in a private in-memory SQLite database (real SQLite,
/// kept open for the simulation's life) and a <see cref="SimulationClock"/>. Nothing reaches live data.
/// </summary>
internal sealed class SimulationHost : IAsyncDisposable
{
    // The private database's tables and indexes, made by the first simulation of the process in its own database and
    // copied into a template kept open for the process's life, from which later ones copy theirs.
    private static readonly SemaphoreSlim s_templateGate = new(1, 1);
    private static SqliteConnection? s_template;

    private readonly SqliteConnection _connection;
    private readonly ServiceProvider _services;
    private readonly SimulationStatements _statements;

    private SimulationHost(SqliteConnection connection, ServiceProvider services, SimulationStatements statements, SimulationClock clock, InMemoryWorkflowStore engineStore)
    {
        _connection = connection;
        _services = services;
        _statements = statements;
        Clock = clock;
        EngineStore = engineStore;
    }

    /// <summary>Gets the clock.</summary>
    public SimulationClock Clock { get; }

    /// <summary>Gets the engine's store (instances, bookmarks, incidents).</summary>
    public InMemoryWorkflowStore EngineStore { get; }

    /// <summary>Gets the services.</summary>
    public IServiceProvider Services => _services;

    /// <summary>Builds the world with its clock at <paramref name="start"/> and creates the domain's tables.</summary>
    public static async Task<SimulationHost> CreateAsync(DateTimeOffset start, CancellationToken cancellationToken)
    {
        // ":memory:" is private to this connection, which lives as long as the simulation: every context uses it.
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(cancellationToken);
        try
        {
            var clock = new SimulationClock(start);
            var statements = new SimulationStatements(connection);
            var engineStore = new InMemoryWorkflowStore();
            var services = new ServiceCollection();

            // Registered before AddCohortsWorkflows, whose TryAdd registrations then keep these.
            services.AddSingleton<TimeProvider>(clock);
            services.AddSingleton<IWorkflowInstanceStore>(engineStore);
            services.AddSingleton<IWorkflowDefinitionStore>(engineStore);
            services.AddCohortsWorkflows();

            // The domain's contexts on the private connection instead of the engine's database file, their statements
            // compiled once per simulation (SimulationStatements).
            // (UseCohortsConnection: the SQLite migrations only, not the PostgreSQL ones beside them.)
            var builder = new DbContextOptionsBuilder<CohortsDbContext>();
            builder.UseCohortsConnection(connection, CohortsDbContext.MigrationsHistoryTable);
            builder.AddInterceptors(statements);
            var options = builder.Options;
            services.RemoveAll<IDbContextFactory<CohortsDbContext>>();
            services.AddSingleton<IDbContextFactory<CohortsDbContext>>(new SimulationDbContextFactory(options));
            var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
            await using (var db = await provider.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync(cancellationToken))
            {
                await CreateTablesAsync(db, connection, cancellationToken);
            }

            return new SimulationHost(connection, provider, statements, clock, engineStore);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Creates the domain's tables (schema and migration history rows) and the simulator's indexes: the first simulation
    /// of the process runs the migrations' script, then keeps a copy of the result as a template; later ones copy the
    /// template with SQLite's backup, page by page, instead of parsing and running the script's few hundred statements
    /// (a table rebuild for each migration that changed a table) on every preview. The script is run rather than
    /// <c>Migrate</c>, whose checks (history table, pending model changes: a diff of the whole model) are for a real
    /// database; on an empty one the script is what it would apply. That the checked-in migrations match the model is a
    /// test (CohortsDatabaseTests), and the host's start checks it on the real file.
    /// </summary>
    private static async Task CreateTablesAsync(CohortsDbContext db, SqliteConnection connection, CancellationToken cancellationToken)
    {
        await s_templateGate.WaitAsync(cancellationToken);
        try
        {
            if (s_template is { } template)
            {
                template.BackupDatabase(connection);
                return;
            }

            // Foreign keys off while it runs, as the migrations' table rebuilds need (SqliteOneTransactionMigrationsSqlGenerator).
            var script = "PRAGMA foreign_keys = OFF;\n" +
                db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.NoTransactions) +
                "\nPRAGMA foreign_keys = ON;";
            await db.Database.ExecuteSqlRawAsync(script, cancellationToken);
            await SimulationIndexes.CreateAsync(db, cancellationToken);
            var copy = new SqliteConnection("Data Source=:memory:");
            await copy.OpenAsync(cancellationToken);
            connection.BackupDatabase(copy);
            s_template = copy;
        }
        finally
        {
            s_templateGate.Release();
        }
    }

    /// <summary>Gets a service.</summary>
    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _statements.Dispose();
        await _connection.DisposeAsync();
    }
}
