using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Engine.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="LogEntryRecord"/> to ExecutionLog.</summary>
internal sealed class LogEntryRecordConfiguration : IEntityTypeConfiguration<LogEntryRecord>
{
    public void Configure(EntityTypeBuilder<LogEntryRecord> builder)
    {
        builder.ToTable("ExecutionLog");

        // INTEGER PRIMARY KEY: the rowid, so rows of one instance read in append order off the InstanceId index (whose
        // entries end with the rowid) without a sort. Not AUTOINCREMENT: that rewrites the sqlite_sequence row, one more
        // page in every step's commit, only to keep the ids of deleted rows from being reused; the log is append-only
        // (no row is ever deleted but by removing its instance), and a plain rowid still grows with every insert.
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd().Metadata.SetValueGenerationStrategy(SqliteValueGenerationStrategy.None);
        builder.Property(e => e.Event).HasConversion<string>();

        // The log of one instance: WHERE InstanceId = @id ORDER BY Id.
        builder.HasIndex(e => e.InstanceId);
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(e => e.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
