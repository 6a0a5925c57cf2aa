using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cohorts.Workflows.Persistence.Configurations;

/// <summary>Maps <see cref="Session"/> to Sessions; expected companies and the recorded outcome are JSON columns.</summary>
internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("Sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>();
        builder.PrimitiveCollection(s => s.CompanyIds);

        // A JSON text column: EF's complex types cannot bind SessionOutcome's constructor, which takes its lists.
        // Null until recorded, so "not held" is a plain WHERE Outcome IS NULL.
        builder.Property(s => s.Outcome).HasConversion(JsonColumn<SessionOutcome>.Converter!, JsonColumn<SessionOutcome>.Comparer);

        // A replayed workflow step finds the session it planned (WHERE PlanKey = @key); unique, so it cannot plan two.
        builder.HasIndex(s => s.PlanKey).IsUnique();

        // A cohort's sessions and a coach's agenda, in time order (WHERE CohortId/CoachId = @id AND PlannedAt ...).
        builder.HasIndex(s => new { s.CohortId, s.PlannedAt });
        builder.HasIndex(s => new { s.CoachId, s.PlannedAt });

        // A cohort's collective events (WHERE CohortId = @id AND CoachId IS NULL ...): without it SQLite takes the
        // coach index for CoachId IS NULL, which reads every cohort's events (a tenth of the table at 1,000 cohorts).
        builder.HasIndex(s => new { s.CohortId, s.CoachId, s.PlannedAt });
        builder.HasOne<Cohort>().WithMany().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Coach>().WithMany().HasForeignKey(s => s.CoachId).OnDelete(DeleteBehavior.Restrict);
    }
}
