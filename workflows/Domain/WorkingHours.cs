namespace Cohorts.Workflows.Domain;

/// <summary>The defaults of a coach's working day, in the programme's time zone.</summary>
public static class WorkingHours
{
    /// <summary>When a coach's working day starts unless told otherwise: 09:00.</summary>
    public static readonly TimeOnly DefaultStart = new(9, 0);

    /// <summary>When a coach's working day ends unless told otherwise: 17:30.</summary>
    public static readonly TimeOnly DefaultEnd = new(17, 30);

    /// <summary>The shortest working day a coach may be given: one hour.</summary>
    public static readonly TimeSpan Shortest = TimeSpan.FromHours(1);
}
