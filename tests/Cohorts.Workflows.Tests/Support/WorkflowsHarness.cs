using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Runtime;
using Cohorts.Engine.Time;
using Cohorts.Workflows.DependencyInjection;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Workflows.Tests.Support;

/// <summary>
/// The engine and the cohort domain on a real, migrated SQLite file in a temporary folder, with a fake clock:
/// <see cref="RunTimersUntilAsync"/> moves the clock from timer to timer, so a year of programme runs in milliseconds.
/// </summary>
public sealed class WorkflowsHarness : IAsyncDisposable
{
    /// <summary>Monday 6 January 2025, 08:00 UTC (09:00 in Paris): the day a cohort starts.</summary>
    public static readonly DateTimeOffset Start = new(2025, 1, 6, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Gets the programme's zone.</summary>
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Gets the calendar test definitions use: weekends and French public holidays off.</summary>
    public static readonly BusinessCalendar FrenchCalendar = new(BusinessCalendar.Weekend, FrenchPublicHolidays.Instance);

    private readonly ServiceProvider _services;

    private WorkflowsHarness(string folder, Action<IServiceCollection>? configure)
    {
        Folder = folder;
        DatabasePath = Path.Combine(folder, "cohorts.db");
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddCohortsEngineSqlite(options => options.DatabasePath = DatabasePath)
            .AddCohortsWorkflows();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>Gets the fake clock.</summary>
    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Gets the temporary folder.</summary>
    public string Folder { get; }

    /// <summary>Gets the database file's path.</summary>
    public string DatabasePath { get; }

    /// <summary>Gets the services.</summary>
    public IServiceProvider Services => _services;

    public WorkflowRuntime Runtime => Get<WorkflowRuntime>();

    public WorkflowDefinitionCatalog Catalog => Get<WorkflowDefinitionCatalog>();

    public ActivityRegistry Registry => Get<ActivityRegistry>();

    public IWorkflowInstanceStore InstanceStore => Get<IWorkflowInstanceStore>();

    public ProgrammeService Programmes => Get<ProgrammeService>();

    public CohortLauncher Launcher => Get<CohortLauncher>();

    public SessionService Sessions => Get<SessionService>();

    public ScreeningService Screening => Get<ScreeningService>();

    public CoachAssignmentService CoachAssignment => Get<CoachAssignmentService>();

    public MilestoneService Milestones => Get<MilestoneService>();

    public CohortQueries CohortQueries => Get<CohortQueries>();

    public CoachQueries CoachQueries => Get<CoachQueries>();

    /// <summary>Creates a harness on a new file, migrated with <c>MigrateCohortsAsync</c>.</summary>
    public static async Task<WorkflowsHarness> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cohorts-workflows-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var harness = new WorkflowsHarness(folder, configure);
        try
        {
            await harness.Services.MigrateCohortsAsync();
            return harness;
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }
    }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Opens a domain context to read or arrange rows directly; the caller disposes it.</summary>
    public Task<CohortsDbContext> OpenDbAsync() => Get<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();

    /// <summary>Builds (checking every rule) and publishes a definition in Europe/Paris with the French calendar.</summary>
    public Task<WorkflowDefinition> PublishAsync(string definitionId, params Activity[] steps)
    {
        var builder = WorkflowBuilder.Create(definitionId, definitionId).InTimeZone("Europe/Paris").WithCalendar(FrenchCalendar);
        foreach (var step in steps)
        {
            builder.Then(step);
        }

        return Catalog.PublishAsync(builder.Build(Registry)).AsTask();
    }

    /// <summary>Reads an instance.</summary>
    public Task<WorkflowInstance> InstanceAsync(Guid instanceId) => Runtime.GetInstanceAsync(instanceId);

    /// <summary>Reads a variable of an instance.</summary>
    public async Task<JsonNode?> VariableAsync(Guid instanceId, string name) =>
        (await InstanceAsync(instanceId)).State.Variables[name];

    /// <summary>Gets the outcomes with which activities of a type completed in an instance, in order.</summary>
    public async Task<IReadOnlyList<string?>> OutcomesAsync(Guid instanceId, string activityType) =>
        [.. (await InstanceStore.GetLogAsync(instanceId, CancellationToken.None))
            .Where(e => e.Event == ExecutionEvent.ActivityCompleted && e.ActivityType == activityType)
            .Select(e => e.Detail)];

    /// <summary>Gets the messages of an instance's incidents.</summary>
    public async Task<IReadOnlyList<string>> IncidentsAsync(Guid instanceId) =>
        [.. (await InstanceStore.GetIncidentsAsync(instanceId, CancellationToken.None)).Select(i => i.Message)];

    /// <summary>Moves the clock to each due timer in turn and fires it, up to <paramref name="until"/>.</summary>
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

    /// <summary>Disposes the services, closes this file's pooled connections and deletes the folder.</summary>
    public async ValueTask DisposeAsync()
    {
        string? connectionString = null;
        try
        {
            await using var db = await OpenDbAsync();
            connectionString = db.Database.GetConnectionString();
        }
        catch (InvalidOperationException)
        {
            // Never opened.
        }

        await _services.DisposeAsync();
        if (connectionString is not null)
        {
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
