using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Engine.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="InstanceRecord"/> to WorkflowInstances.</summary>
internal sealed class InstanceRecordConfiguration : IEntityTypeConfiguration<InstanceRecord>
{
    public void Configure(EntityTypeBuilder<InstanceRecord> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Status).HasConversion<string>();

        // The optimistic concurrency token: an update is `WHERE Id = @id AND Version = @expected`.
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Property(i => i.State).HasColumnType("TEXT");

        builder.HasIndex(i => i.CorrelationId);
        builder.HasIndex(i => new { i.DefinitionId, i.DefinitionVersion });
        builder.HasIndex(i => i.Status);
    }
}
