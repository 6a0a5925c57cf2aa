using Cohorts.Engine.EntityFrameworkCore.Converters;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Persistence;

/// <summary>
/// The domain's tables (programmes, cohorts, companies, coaches, funders, sessions, milestones, notifications and who read them, the audit trail, the signal and mail outboxes), in the
/// engine's SQLite file beside its tables, with their own migrations and history table
/// (<see cref="MigrationsHistoryTable"/>). Created short-lived from a pooled <see cref="IDbContextFactory{TContext}"/>.
/// </summary>
public sealed class CohortsDbContext(DbContextOptions<CohortsDbContext> options) : DbContext(options)
{
    /// <summary>The table recording which of the domain's migrations were applied (the engine keeps its own).</summary>
    public const string MigrationsHistoryTable = "__CohortsMigrationsHistory";

    /// <summary>
    /// Gets or sets a value indicating whether e-mails owed are added to the mail outbox (<see cref="MailOutbox"/>):
    /// always, except in a preview's private world (<c>SimulationDbContextFactory</c>), where nothing is ever sent and
    /// nothing reads the outbox, so the e-mails' data is not even read.
    /// </summary>
    internal bool OwesMail { get; set; } = true;

    /// <summary>Gets the Programmes table.</summary>
    public DbSet<Programme> Programmes => Set<Programme>();

    /// <summary>Gets the Cohorts table.</summary>
    public DbSet<Cohort> Cohorts => Set<Cohort>();

    /// <summary>Gets the Companies table.</summary>
    public DbSet<Company> Companies => Set<Company>();

    /// <summary>Gets the Coaches table.</summary>
    public DbSet<Coach> Coaches => Set<Coach>();

    /// <summary>Gets the Funders table.</summary>
    public DbSet<Funder> Funders => Set<Funder>();

    /// <summary>Gets the Sessions table (coaching sessions and collective events).</summary>
    public DbSet<Session> Sessions => Set<Session>();

    /// <summary>Gets the Milestones table.</summary>
    public DbSet<Milestone> Milestones => Set<Milestone>();

    /// <summary>Gets the Notifications table.</summary>
    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>Gets the NotificationReads table: who read which notification.</summary>
    public DbSet<NotificationRead> NotificationReads => Set<NotificationRead>();

    /// <summary>Gets the AuditEntries table: every human action, with its actor (who did what).</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Gets the PendingSignals table: signals owed to workflows by recorded decisions (the outbox).</summary>
    public DbSet<PendingSignal> PendingSignals => Set<PendingSignal>();

    /// <summary>Gets the OutgoingMessages table: e-mails owed by recorded events (the mail outbox).</summary>
    public DbSet<OutgoingMessage> OutgoingMessages => Set<OutgoingMessage>();

    /// <summary>Gets the FormVersions table: every published version of the programmes' forms.</summary>
    public DbSet<FormVersion> FormVersions => Set<FormVersion>();

    /// <summary>Gets the forms asked of respondents.</summary>
    public DbSet<FormRequest> FormRequests => Set<FormRequest>();

    /// <summary>Gets the answers to form requests.</summary>
    public DbSet<FormAnswer> FormAnswers => Set<FormAnswer>();

    /// <summary>Gets the files and links attached to sessions, companies, milestones and answers.</summary>
    public DbSet<Attachments.Attachment> Attachments => Set<Attachments.Attachment>();

    /// <summary>Gets the company contacts' portal links.</summary>
    public DbSet<Portal.PortalLink> PortalLinks => Set<Portal.PortalLink>();

    /// <summary>Gets the programmes' and cohorts' metric targets.</summary>
    public DbSet<Metrics.MetricTarget> MetricTargets => Set<Metrics.MetricTarget>();

    /// <summary>Gets the ApplicationCalls table: cohorts' public application calls.</summary>
    public DbSet<Evaluations.ApplicationCall> ApplicationCalls => Set<Evaluations.ApplicationCall>();

    /// <summary>Gets the Applications table: the answers of the companies that applied through a call.</summary>
    public DbSet<Evaluations.Application> Applications => Set<Evaluations.Application>();

    /// <summary>Gets the EvaluationRounds table: rounds of scored screening.</summary>
    public DbSet<Evaluations.EvaluationRound> EvaluationRounds => Set<Evaluations.EvaluationRound>();

    /// <summary>Gets the EvaluationRoundApplications table: the applications in each round.</summary>
    public DbSet<Evaluations.RoundApplication> RoundApplications => Set<Evaluations.RoundApplication>();

    /// <summary>Gets the EvaluationRoundEvaluators table: each round's evaluators and their assignments.</summary>
    public DbSet<Evaluations.RoundEvaluator> RoundEvaluators => Set<Evaluations.RoundEvaluator>();

    /// <summary>Gets the EvaluationScores table: every score given in a round.</summary>
    public DbSet<Evaluations.EvaluationScore> EvaluationScores => Set<Evaluations.EvaluationScore>();

    /// <summary>Gets the Organisations table: the installation's directory of partners, hosts, organisers and funders.</summary>
    public DbSet<Organisations.Organisation> Organisations => Set<Organisations.Organisation>();

    /// <summary>Gets the ProgrammeOrganisations table: each programme's partners, funders, organisers, hosts and members.</summary>
    public DbSet<Organisations.ProgrammeOrganisation> ProgrammeOrganisations => Set<Organisations.ProgrammeOrganisation>();

    /// <summary>Gets the EventOrganisations table: each event's host and organisers.</summary>
    public DbSet<Organisations.EventOrganisation> EventOrganisations => Set<Organisations.EventOrganisation>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // As in the engine's tables: every instant is an INTEGER of UTC ticks, so SQL can compare and order it.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new ProgrammeConfiguration());
        modelBuilder.ApplyConfiguration(new CohortConfiguration());
        modelBuilder.ApplyConfiguration(new CompanyConfiguration());
        modelBuilder.ApplyConfiguration(new CoachConfiguration());
        modelBuilder.ApplyConfiguration(new FunderConfiguration());
        modelBuilder.ApplyConfiguration(new SessionConfiguration());
        modelBuilder.ApplyConfiguration(new MilestoneConfiguration());
        modelBuilder.ApplyConfiguration(new NotificationConfiguration());
        modelBuilder.ApplyConfiguration(new PendingSignalConfiguration());
        modelBuilder.ApplyConfiguration(new OutgoingMessageConfiguration());
        modelBuilder.ApplyConfiguration(new NotificationReadConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new FormVersionConfiguration());
        modelBuilder.ApplyConfiguration(new FormRequestConfiguration());
        modelBuilder.ApplyConfiguration(new FormAnswerConfiguration());
        modelBuilder.ApplyConfiguration(new AttachmentConfiguration());
        modelBuilder.ApplyConfiguration(new PortalLinkConfiguration());
        modelBuilder.ApplyConfiguration(new Metrics.MetricTargetConfiguration());
        modelBuilder.ApplyConfiguration(new ApplicationCallConfiguration());
        modelBuilder.ApplyConfiguration(new ApplicationConfiguration());
        modelBuilder.ApplyConfiguration(new EvaluationRoundConfiguration());
        modelBuilder.ApplyConfiguration(new RoundApplicationConfiguration());
        modelBuilder.ApplyConfiguration(new RoundEvaluatorConfiguration());
        modelBuilder.ApplyConfiguration(new EvaluationScoreConfiguration());
        modelBuilder.ApplyConfiguration(new OrganisationConfiguration());
        modelBuilder.ApplyConfiguration(new ProgrammeOrganisationConfiguration());
        modelBuilder.ApplyConfiguration(new EventOrganisationConfiguration());
    }
}
