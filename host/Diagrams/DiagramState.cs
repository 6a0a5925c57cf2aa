namespace Cohorts.Host.Diagrams;

/// <summary>Where one instance stands on an activity of its diagram.</summary>
public enum DiagramState
{
    /// <summary>Not reached (or a definition's diagram, which has no instance).</summary>
    None,

    /// <summary>Completed at least once (from the execution log).</summary>
    Done,

    /// <summary>Running or waiting now (a live execution of the instance).</summary>
    Now,

    /// <summary>Where the instance faulted, while it is faulted.</summary>
    Faulted,
}
