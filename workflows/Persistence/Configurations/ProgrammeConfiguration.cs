using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="Programme"/> to Programmes; its targets are a JSON column.</summary>
internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("Programmes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Ignore(p => p.CofundingShare);
        builder.Ignore(p => p.FunderName);
        builder.Property(p => p.DescriptionEn).HasDefaultValue(string.Empty);
        builder.ComplexCollection(p => p.CoFunders, funders =>
        {
            funders.ToJson();

            // Get-only properties (checked in the record's initializer), mapped through their backing fields.
            funders.Property(f => f.Name);
            funders.Property(f => f.Share);
        });

        // Money to the cent. Programmes stored before the budget existed are in euros, like every built-in one.
        builder.Property(p => p.Budget).HasPrecision(18, ProgrammeLimits.BudgetDecimals);
        builder.Property(p => p.Currency).HasMaxLength(3).HasDefaultValue(Programme.DefaultCurrency);
        // Programmes stored before session lengths existed hold the usual hour and a half.
        builder.Property(p => p.SessionLength).HasDefaultValue(SessionLengths.Coaching);
        builder.ComplexCollection(p => p.Targets, targets =>
        {
            targets.ToJson();
            targets.Property(t => t.Kpi).HasConversion<string>();

            // A get-only property (checked in the record's initializer), mapped through its backing field.
            targets.Property(t => t.Target);
        });
    }
}
