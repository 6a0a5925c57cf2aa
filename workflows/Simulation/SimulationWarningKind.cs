namespace Cohorts.Workflows.Simulation;

/// <summary>The conflicts a preview could not avoid.</summary>
public enum SimulationWarningKind
{
    /// <summary>A coach has more companies than they take, or sessions of theirs overlap.</summary>
    CoachOverCapacity,

    /// <summary>A company is planned more coaching hours than the programme gives it.</summary>
    HoursOverBudget,

    /// <summary>An event falls on a day the programme's calendar excludes.</summary>
    EventOnExcludedDay,

    /// <summary>Two events of the cohort fall on the same day.</summary>
    EventsSameDay,

    /// <summary>A review falls after the cohort's last day.</summary>
    ReviewAfterEnd,

    /// <summary>A session or an event falls after the cohort's last day.</summary>
    SessionAfterEnd,
}
