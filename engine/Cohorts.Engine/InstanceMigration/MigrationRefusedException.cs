using Cohorts.Engine.Exceptions;

namespace Cohorts.Engine.InstanceMigration;

/// <summary>An instance cannot move to the version asked: the plan says why (<see cref="MigrationPlan.RequestProblems"/>, <see cref="MigrationPlan.Refusals"/>).</summary>
public sealed class MigrationRefusedException : CohortsException
{
    /// <summary>Initializes a new instance of the <see cref="MigrationRefusedException"/> class.</summary>
    public MigrationRefusedException(MigrationPlan plan)
        : base(Describe(plan))
    {
        Plan = plan;
    }

    /// <summary>Gets the plan that refused.</summary>
    public MigrationPlan Plan { get; }

    private static string Describe(MigrationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = plan.RequestProblems.Concat(plan.Refusals).Select(p => $"{p.Path}: {p.Message}");
        return $"Instance {plan.InstanceId} cannot move from version {plan.FromVersion} to {plan.ToVersion}: {string.Join("; ", problems)}";
    }
}
