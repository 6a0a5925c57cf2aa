using Cohorts.Engine.Definitions;
using Cohorts.Engine.DependencyInjection;
using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.EntityFrameworkCore.Sqlite;
using Cohorts.Engine.EntityFrameworkCore.Stores;
using Cohorts.Engine.InstanceMigration;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Runtime;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Inbox;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Cohorts.Workflows.DependencyInjection;

/// <summary>Registers the cohort domain: its tables, services and activities, on the engine and its SQLite file.</summary>
public static class CohortsWorkflowsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine (<c>AddCohortsEngine</c>, <c>AddCohortsEngineSqlite</c>: the database path comes from
    /// <see cref="SqliteWorkflowStoreOptions"/>, <c>Cohorts:Sqlite:DatabasePath</c>), the domain's pooled
    /// <see cref="CohortsDbContext"/> factory on the same file, the domain services, and the activities Intake, Screening, AssignCoach, CoachingSession, RecurringSessions, CollectiveEvent, MilestoneReview
    /// and Complete. Migrate at start with <see cref="CohortsWorkflowsServiceProviderExtensions.MigrateCohortsAsync"/>.
    /// </summary>
    public static IServiceCollection AddCohortsWorkflows(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddCohortsEngine();
        services.AddCohortsEngineSqlite();
        if (services.Any(descriptor => descriptor.ServiceType == typeof(CohortsDatabase)))
        {
            return services; // called again: one pooled factory (and one pragma interceptor) is enough
        }

        services.AddPooledDbContextFactory<CohortsDbContext>((provider, builder) =>
            builder.UseCohortsDatabase(provider));
        services.TryAddSingleton(provider => new CohortsStore(
            provider.GetRequiredService<IDbContextFactory<CohortsDbContext>>(),
            provider.GetRequiredService<SqliteWriteGate>(),
            provider.GetRequiredService<IWorkflowInstanceStore>() is SqliteWorkflowInstanceStore
                ? provider.GetRequiredService<SqliteWriterConnection>()
                : null));
        services.TryAddSingleton(provider => new CohortsDatabase(
            provider.GetRequiredService<IDbContextFactory<CohortsDbContext>>(),
            provider.GetRequiredService<SqliteWriteGate>(),
            provider.GetRequiredService<IOptions<SqliteWorkflowStoreOptions>>()));
        AddServices(services);

        services
            .AddCohortsActivity<Intake>()
            .AddCohortsActivity<Screening>()
            .AddCohortsActivity<AssignCoach>()
            .AddCohortsActivity<CoachingSession>()
            .AddCohortsActivity<RecurringSessions>()
            .AddCohortsActivity<CollectiveEvent>()
            .AddCohortsActivity<MilestoneReview>()
            .AddCohortsActivity<CollectForm>()
            .AddCohortsActivity<Complete>();
        return services;
    }

    private static void AddServices(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IInstanceChangeParticipant, JourneyChangeParticipant>(provider => new JourneyChangeParticipant(provider.GetRequiredService<CohortsStore>())));
        services.TryAddSingleton(provider => new ProgrammeService(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new ProgrammeAuthoring(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<WorkflowDefinitionCatalog>(),
            provider.GetRequiredService<Cohorts.Engine.Persistence.IWorkflowDefinitionStore>(),
            provider.GetRequiredService<DefinitionSerializer>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new CohortSettingsService(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Forms.FormService(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Metrics.MetricTargetService(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Metrics.MetricQueries(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new AuditTrail(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new NotificationMarks(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new MailMarks(provider.GetRequiredService<CohortsStore>()));
        services.TryAddSingleton(provider => new CohortLauncher(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<WorkflowRuntime>(),
            provider.GetRequiredService<WorkflowDefinitionCatalog>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new SignalOutbox(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<WorkflowRuntime>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILogger<SignalOutbox>>() ?? NullLogger<SignalOutbox>.Instance));
        services.TryAddSingleton(provider => new Attachments.AttachmentService(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Organisations.OrganisationService(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Organisations.OrganisationLinkService(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Forms.FormAnswerService(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<SignalOutbox>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Forms.Collection.FormCollectionService(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<SignalOutbox>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Forms.Collection.FormRequestQueries(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new SessionService(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<SignalOutbox>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<CompanyChangeService>()));
        services.TryAddSingleton(provider => new SessionChangeService(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<SignalOutbox>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new CohortCoachService(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new CohortFunderService(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new CompanyDetailsService(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new CompanyChangeService(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<WorkflowRuntime>(),
            provider.GetRequiredService<WorkflowDefinitionCatalog>(),
            provider.GetRequiredService<SignalOutbox>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new ScreeningService(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<WorkflowRuntime>()));
        services.TryAddSingleton(provider => new CoachAssignmentService(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<SignalOutbox>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new MilestoneService(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<SignalOutbox>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new CohortQueries(provider.GetRequiredService<CohortsStore>()));
        AddEvaluations(services);
        services.TryAddSingleton(provider => new CoachQueries(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Portal.PortalLinkService(
            provider.GetRequiredService<CohortsStore>(),
            provider.GetRequiredService<TimeProvider>()));
    }

    private static void AddEvaluations(IServiceCollection services)
    {
        services.TryAddSingleton(provider => new Evaluations.ApplicationCallService(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<Forms.FormService>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Evaluations.ApplicationIntake(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<CompanyChangeService>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Evaluations.EvaluationRoundService(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Evaluations.EvaluationScoring(provider.GetRequiredService<CohortsStore>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new Evaluations.EvaluationQueries(provider.GetRequiredService<CohortsStore>()));
    }
}
