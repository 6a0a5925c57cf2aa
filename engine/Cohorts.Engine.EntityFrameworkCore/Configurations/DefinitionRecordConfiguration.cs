using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Engine.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="DefinitionRecord"/> to WorkflowDefinitions, keyed by (DefinitionId, Version).</summary>
internal sealed class DefinitionRecordConfiguration : IEntityTypeConfiguration<DefinitionRecord>
{
    public void Configure(EntityTypeBuilder<DefinitionRecord> builder)
    {
        builder.ToTable("WorkflowDefinitions");

        // The composite key is what makes two writers publishing the same version collide.
        builder.HasKey(d => new { d.DefinitionId, d.Version });
        builder.Property(d => d.Json).HasColumnType("TEXT");
    }
}
