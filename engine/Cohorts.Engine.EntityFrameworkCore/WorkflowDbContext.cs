using Cohorts.Engine.EntityFrameworkCore.Configurations;
using Cohorts.Engine.EntityFrameworkCore.Converters;
using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace Cohorts.Engine.EntityFrameworkCore;

/// <summary>The engine's tables. Created short-lived from a pooled <see cref="IDbContextFactory{TContext}"/>.</summary>
public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    /// <summary>Gets the WorkflowInstances table.</summary>
    public DbSet<InstanceRecord> Instances => Set<InstanceRecord>();

    /// <summary>Gets the Bookmarks table.</summary>
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();

    /// <summary>Gets the ExecutionLog table.</summary>
    public DbSet<LogEntryRecord> ExecutionLog => Set<LogEntryRecord>();

    /// <summary>Gets the Incidents table.</summary>
    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();

    /// <summary>Gets the WorkflowDefinitions table.</summary>
    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Every instant (nullable ones too) is an INTEGER of UTC ticks, so SQL can compare and order it.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();

        // Indexes are declared where a query needs them, not made for every foreign key: an index no query reads is
        // still written by every step (Configurations/BookmarkRecordConfiguration.cs).
        configurationBuilder.Conventions.Remove<ForeignKeyIndexConvention>();
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new InstanceRecordConfiguration());
        modelBuilder.ApplyConfiguration(new BookmarkRecordConfiguration());
        modelBuilder.ApplyConfiguration(new LogEntryRecordConfiguration());
        modelBuilder.ApplyConfiguration(new IncidentRecordConfiguration());
        modelBuilder.ApplyConfiguration(new DefinitionRecordConfiguration());
    }
}
