using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Engine.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="InstanceRecord"/> to WorkflowInstances.</summary>
internal sealed class InstanceRecordConfiguration : IEntityTypeConfiguration<InstanceRecord>
{
    public void Configure(EntityTypeBuilder<InstanceRecord> builder)
    {
        // A rowid table, unlike Bookmarks: a row carries the state JSON (about a kilobyte), and in a WITHOUT ROWID table
        // a row over 1,002 bytes (on 4 KiB pages) spills to an overflow page that every step rewrites, which costs
        // more than the primary-key index it would save (migration FewerPagesPerStep, docs/PERFORMANCE.md).
        builder.ToTable("WorkflowInstances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Status).HasConversion<string>();

        // The optimistic concurrency token: an update is `WHERE Id = @id AND Version = @expected`.
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Property(i => i.State).HasColumnType("TEXT");

        // ListAsync by correlation id: selective (one company, one instance or a few), so worth its page per start.
        builder.HasIndex(i => i.CorrelationId);

        // No index on Status or (DefinitionId, DefinitionVersion): both are low-selectivity (a few values shared by most
        // of the instances), so ListAsync's `ORDER BY CreatedAt DESC LIMIT n` gained little from them, while every step
        // paid for them: Status changes at start and at completion, and each index is one more page in the commit
        // (docs/PERFORMANCE.md). Listing by status or definition reads the table.
    }
}
