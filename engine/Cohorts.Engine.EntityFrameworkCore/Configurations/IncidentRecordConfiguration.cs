using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Engine.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="IncidentRecord"/> to Incidents.</summary>
internal sealed class IncidentRecordConfiguration : IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<IncidentRecord> builder)
    {
        builder.ToTable("Incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();

        // The incidents of one instance.
        builder.HasIndex(i => i.InstanceId);
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(i => i.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
