using Cohorts.Host.Localization;
using Cohorts.Workflows.Services;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Manage;

/// <summary>Names a workflow step and what it waits for, as a programme manager reads them.</summary>
public static class StepText
{
    /// <summary>Gets the step's name: the definition's display name, or its activity type in words.</summary>
    public static string Label(WaitingStep step, IStringLocalizer<ManagerText> text)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(text);
        return step.DisplayName ?? Activity(step.ActivityType, text);
    }

    /// <summary>Gets an activity type in words.</summary>
    public static string Activity(string type, IStringLocalizer<ManagerText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return type switch
        {
            "Intake" => text["Intake of the application"],
            "Screening" => text["Screening of the application"],
            "AssignCoach" => text["Choice of a coach"],
            "CoachingSession" => text["Coaching session"],
            "RecurringSessions" => text["Recurring sessions"],
            "CollectiveEvent" => text["Collective event"],
            "MilestoneReview" => text["Milestone review"],
            "PlannedFollowUp" => text["Follow-up"],
            "Complete" => text["Completion"],
            "CollectForm" => text["Form to answer"],
            "Fail" => text["Stop on an error"],
            "Finish" => text["End of the journey"],
            "Delay" => text["Wait"],
            "WaitUntil" => text["Wait until a date"],
            "WaitForSignal" => text["Wait for an action"],
            "If" => text["Condition"],
            "Switch" => text["Choice between cases"],
            "SetVariable" => text["Value kept"],
            "Sequence" => text["Series of steps"],
            "Parallel" => text["Steps at the same time"],
            "Race" => text["First of several steps"],
            "Repeat" => text["Repetition"],
            "ForEach" => text["Step for each item"],
            "" => text["Unknown step"],
            _ => type,
        };
    }

    /// <summary>Gets what the step waits for (a person's action, or a date).</summary>
    public static string WaitsFor(WaitingStep step, IStringLocalizer<ManagerText> text)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(text);
        return step.Signal switch
        {
            null => text["the next date"],
            CohortSignals.ScreeningDecided => text["the manager's screening decision"],
            CohortSignals.MilestoneDecided => text["the reviewer's decision"],
            CohortSignals.SessionRecorded => text["the session's outcome"],
            CohortSignals.CoachAssigned => text["a coach with room"],
            _ => step.Signal,
        };
    }
}
