using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="Application"/> to Applications, keyed by its company.</summary>
internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<Application>
{
    public void Configure(EntityTypeBuilder<Application> builder)
    {
        builder.ToTable("Applications");
        builder.HasKey(a => a.CompanyId);
        builder.Property(a => a.CompanyId).ValueGeneratedNever();
        builder.Property(a => a.FormId).HasMaxLength(FormLimits.MaxIdLength);
        builder.Property(a => a.Language).HasMaxLength(8);
        builder.HasIndex(a => new { a.CohortId, a.SubmittedAt });
        builder.HasOne<Company>().WithOne().HasForeignKey<Application>(a => a.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationCall>().WithMany().HasForeignKey(a => a.CallId).OnDelete(DeleteBehavior.Cascade);
    }
}
