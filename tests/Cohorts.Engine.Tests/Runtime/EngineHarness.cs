using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.DependencyInjection;
using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Runtime;
using Cohorts.Engine.Tests.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Engine.Tests.Runtime;

/// <summary>
/// A runtime on a real SQLite file with a fake clock. <see cref="RestartAsync"/> builds a fresh runtime on the same
/// file, as a restarted process would; <see cref="RunTimersUntilAsync"/> moves the clock from timer to timer.
/// </summary>
public sealed class EngineHarness : IAsyncDisposable
{
    /// <summary>Monday 6 January 2025, 08:00 UTC: the start of a cohort.</summary>
    public static readonly DateTimeOffset Start = new(2025, 1, 6, 8, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase _database;
    private Action<IServiceCollection>? _configure;
    private ServiceProvider _services;

    private EngineHarness(SqliteTestDatabase database, Action<IServiceCollection>? configure)
    {
        _database = database;
        _configure = configure;
        _services = Build();
    }

    /// <summary>Gets the fake clock, shared across restarts.</summary>
    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Gets the database file's path.</summary>
    public string DatabasePath => _database.Path;

    /// <summary>Gets the runtime.</summary>
    public WorkflowRuntime Runtime => _services.GetRequiredService<WorkflowRuntime>();

    /// <summary>Gets the definition catalog.</summary>
    public WorkflowDefinitionCatalog Catalog => _services.GetRequiredService<WorkflowDefinitionCatalog>();

    /// <summary>Gets the instance store.</summary>
    public IWorkflowInstanceStore Store => _services.GetRequiredService<IWorkflowInstanceStore>();

    /// <summary>Gets the activity registry.</summary>
    public ActivityRegistry Registry => _services.GetRequiredService<ActivityRegistry>();

    /// <summary>Creates a harness on a new, migrated database file.</summary>
    public static async Task<EngineHarness> CreateAsync(Action<IServiceCollection>? configure = null) =>
        new(await SqliteTestDatabase.CreateAsync(), configure);

    /// <summary>Builds the definition (assigning ids, validating) and publishes it.</summary>
    public async Task<WorkflowDefinition> PublishAsync(WorkflowBuilder builder) =>
        await Catalog.PublishAsync(builder.Build(Registry));

    /// <summary>Publishes a definition whose root is the given activity.</summary>
    public Task<WorkflowDefinition> PublishAsync(Activity root, string definitionId = "test") =>
        PublishAsync(WorkflowBuilder.Create(definitionId, "Test workflow").InTimeZone("Europe/Paris").WithRoot(root));

    /// <summary>Moves the clock to each due timer in turn and fires it, up to <paramref name="until"/>.</summary>
    /// <returns>The instants at which timers fired, in order.</returns>
    public async Task<IReadOnlyList<DateTimeOffset>> RunTimersUntilAsync(DateTimeOffset until)
    {
        var fired = new List<DateTimeOffset>();
        while (await Runtime.GetNextTimerDueAtAsync() is { } next && next <= until)
        {
            if (next > Clock.GetUtcNow())
            {
                Clock.SetUtcNow(next);
            }

            if (await Runtime.TriggerDueTimersAsync() > 0)
            {
                fired.Add(Clock.GetUtcNow());
            }
        }

        if (until > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(until);
        }

        return fired;
    }

    /// <summary>Throws the runtime away and builds a new one on the same file (the restart case).</summary>
    public async Task RestartAsync()
    {
        await _services.DisposeAsync();
        _services = Build();
    }

    /// <summary>
    /// Restarts with other registrations, as a host redeployed without (or with) a plugin would; later restarts and
    /// second processes keep them.
    /// </summary>
    public Task RestartAsync(Action<IServiceCollection>? configure)
    {
        _configure = configure;
        return RestartAsync();
    }

    /// <summary>
    /// Builds a second, independent runtime on the same file and clock, as another process would run it: its own
    /// in-process instance locks, write gate and definition cache, so only the database's version check keeps the two
    /// apart (SQLite connection pools are per connection string, hence shared). The caller disposes it.
    /// </summary>
    public ServiceProvider CreateSecondProcess() => Build();

    /// <summary>Counts the rows of the bookmarks table, read straight from the file.</summary>
    public async Task<long> CountBookmarkRowsAsync()
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Bookmarks";
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    /// <summary>Reads an instance's execution log.</summary>
    public async Task<IReadOnlyList<ExecutionLogEntry>> GetLogAsync(Guid instanceId) =>
        await Store.GetLogAsync(instanceId, CancellationToken.None);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddCohortsEngineSqlite(options => options.DatabasePath = _database.Path)
            .AddCohortsEngine();
        _configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
