using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="Company"/> to Companies; its needs are a JSON column.</summary>
internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("Companies");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Status).HasConversion<string>();
        builder.PrimitiveCollection(c => c.Needs);
        builder.Property(c => c.ScreenedBy).HasMaxLength(320);
        builder.Property(c => c.ContactLanguage).HasMaxLength(8);

        // A cohort's companies, by status (WHERE CohortId = @id [AND Status IN (...)]).
        builder.HasIndex(c => new { c.CohortId, c.Status });

        // Company names are unique within a cohort (the launcher checks first, with a clear message).
        builder.HasIndex(c => new { c.CohortId, c.Name }).IsUnique();
        builder.HasOne<Cohort>().WithMany().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);

        // Also indexes CoachId (a coach's companies, and a coach's load).
        builder.HasOne<Coach>().WithMany().HasForeignKey(c => c.CoachId).OnDelete(DeleteBehavior.Restrict);
    }
}
