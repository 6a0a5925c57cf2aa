using Cohorts.Workflows.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="Organisation"/> to Organisations; its contacts are a JSON column; one name is one organisation.</summary>
internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Kind).HasConversion<string>();
        builder.Property(o => o.Name).HasMaxLength(OrganisationLimits.MaxNameLength);
        builder.Property(o => o.NormalizedName).HasMaxLength(OrganisationLimits.MaxNameLength);
        builder.HasIndex(o => o.NormalizedName).IsUnique();
        builder.Property(o => o.Contacts).HasConversion(JsonColumn<List<OrganisationContact>>.Converter!, JsonColumn<List<OrganisationContact>>.Comparer);
    }
}
