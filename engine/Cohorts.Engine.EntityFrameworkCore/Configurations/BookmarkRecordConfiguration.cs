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

        // Bookmarks is a WITHOUT ROWID table keyed by Id (migration FewerPagesPerStep): one b-tree, not a
        // rowid table plus a primary-key index, so SQLite appends Id to every index entry below. Each index holds only
        // the kind of bookmark its query asks for (partial indexes; the queries' `Kind = 'Signal'` or `Kind = 'Timer'`
        // term is an inlined literal, which is what lets SQLite use them), so a step adding or removing a bookmark
        // writes the table and one index, not every index (docs/PERFORMANCE.md).

        // A signal: WHERE Name = @name AND CorrelationKey = @key AND Kind = 'Signal'.
        builder.HasIndex(b => new { b.Name, b.CorrelationKey }).HasFilter("\"Kind\" = 'Signal'");

        // Due timers: WHERE Kind = 'Timer' AND DueAt <= @now ORDER BY DueAt, Id LIMIT @n, read in index order with no
        // sort.
        builder.HasIndex(b => new { b.DueAt, b.Id }).HasFilter("\"Kind\" = 'Timer'");

        // No index on InstanceId: no query looks bookmarks up by instance alone (a step deletes its bookmarks by Id,
        // the primary key), and instances are never deleted, so the cascade never has to find children. Each index is
        // one more page written by every step that adds or removes a bookmark (docs/PERFORMANCE.md). The foreign-key
        // convention's automatic index is switched off in WorkflowDbContext.ConfigureConventions.
        builder.HasOne<InstanceRecord>().WithMany().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
