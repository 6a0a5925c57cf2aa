using Cohorts.Engine.EntityFrameworkCore.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Engine.EntityFrameworkCore.Configurations;

/// <summary>Maps <see cref="BookmarkRecord"/> to Bookmarks, with the indexes the runtime's lookups need.</summary>
internal sealed class BookmarkRecordConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> builder)
    {
        builder.ToTable("Bookmarks");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Kind).HasConversion<string>();

        // A signal: WHERE Name = @name AND CorrelationKey = @key.
        builder.HasIndex(b => new { b.Name, b.CorrelationKey });

        // Due timers: WHERE Kind = 'Timer' AND DueAt <= @now ORDER BY DueAt, Id LIMIT @n, read in index order with no
        // sort (Id is in the index because the table's rowid, not Id, is what SQLite appends to index entries).
        builder.HasIndex(b => new { b.Kind, b.DueAt, b.Id });

        // Also indexes InstanceId (IX_Bookmarks_InstanceId).
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
