using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Engine.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="LogEntryRecord"/> to ExecutionLog.</summary>
internal sealed class LogEntryRecordConfiguration : IEntityTypeConfiguration<LogEntryRecord>
{
    public void Configure(EntityTypeBuilder<LogEntryRecord> builder)
    {
        builder.ToTable("ExecutionLog");

        // INTEGER PRIMARY KEY AUTOINCREMENT: the rowid, so rows of one instance read in append order off the
        // InstanceId index (whose entries end with the rowid) without a sort.
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Event).HasConversion<string>();

        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(e => e.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
