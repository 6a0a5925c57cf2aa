namespace Cohorts.Workflows.Domain;

/// <summary>Why someone is told something.</summary>
public enum NotificationKind
{
    /// <summary>A session's outcome is late: its coach (or organiser) is reminded to record it.</summary>
    OutcomeReminder,

    /// <summary>A session's outcome is still late after the reminder: the programme manager is told.</summary>
    OutcomeEscalation,
}
