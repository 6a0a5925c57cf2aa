using Cohorts.Workflows.Forms;

namespace Cohorts.Workflows.Metrics;

/// <summary>
/// A target for a metric (table MetricTargets): a programme's (no cohort) or a cohort's own, which wins over the
/// programme's as for the indicators' targets. A list is replaced whole (<see cref="MetricTargetService"/>).
/// </summary>
public sealed class MetricTarget
{
    /// <summary>Initializes a new instance of the <see cref="MetricTarget"/> class.</summary>
    public MetricTarget(string programmeId, Guid? cohortId, string metricId, decimal target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programmeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(metricId);
        ArgumentOutOfRangeException.ThrowIfLessThan(target, 0m);
        ProgrammeId = programmeId;
        CohortId = cohortId;
        MetricId = metricId;
        Target = target == 0 ? 0m : target; // a JSON -0 reads as a decimal zero with its sign bit set
    }

    /// <summary>Gets the row's id.</summary>
    public long Id { get; private set; }

    /// <summary>Gets the programme.</summary>
    public string ProgrammeId { get; private set; }

    /// <summary>Gets the cohort whose own target it is; null for the programme's.</summary>
    public Guid? CohortId { get; private set; }

    /// <summary>Gets the metric's id (<see cref="MetricDeclaration.Id"/>), at most <see cref="FormLimits.MaxIdLength"/> characters.</summary>
    public string MetricId { get; private set; }

    /// <summary>Gets the value to reach by the cohort's end (in the metric's unit or currency).</summary>
    public decimal Target { get; private set; }
}
