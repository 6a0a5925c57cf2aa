using System.Text.RegularExpressions;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms.Collection;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Manage;

/// <summary>Names a workflow step and what it waits for, as a programme manager reads them.</summary>
public static partial class StepText
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
        return step.Signal is null ? text["the next date"] : Signal(step.Signal, text);
    }

    /// <summary>
    /// Says what the journey's log noted at a step (<see cref="ExecutionLogEntry.Detail"/>) in the reader's words: the
    /// date or the action it waited for, its outcome, a skip's reason; a fault's message in the domain's words when it
    /// has them.
    /// </summary>
    public static string Detail(ExecutionEvent logged, string? detail, IStringLocalizer<ManagerText> text, HumanText human)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(human);
        if (string.IsNullOrEmpty(detail))
        {
            return string.Empty;
        }

        if (BookmarkText.TryReadTimer(detail, out var due))
        {
            return text["the date {0}", human.DateAndTime(due)];
        }

        if (BookmarkText.TryReadSignal(detail, out var signal))
        {
            return Signal(signal, text);
        }

        if (logged == ExecutionEvent.ActivityCompleted)
        {
            return Outcome(detail, text);
        }

        return logged == ExecutionEvent.WorkflowStarted && StartedVersion().Match(detail) is { Success: true } started
            ? text["journey {0}, version {1}", started.Groups[1].Value, started.Groups[2].Value]
            : text[detail];
    }

    private static string Outcome(string outcome, IStringLocalizer<ManagerText> text)
    {
        if (Skipped().Match(outcome) is { Success: true } skipped)
        {
            return text["skipped: {0}", skipped.Groups[1].Value];
        }

        return outcome switch
        {
            Outcomes.Done => text["done"],
            Outcomes.True => text["yes"],
            Outcomes.False => text["no"],
            // The domain's steps' outcomes (a session's, a form request's, a milestone's), in words; a screening's are the domain's.
            "Held" => text["held"],
            "NoShow" => text["the company did not come"],
            "Cancelled" => text["cancelled"],
            "Answered" => text["answers received"],
            "Collected" => text["answers collected"],
            "Withdrawn" => text["request withdrawn"],
            nameof(MilestoneOutcome.Passed) => text["passed"],
            nameof(MilestoneOutcome.NeedsWork) => text["needs more work"],
            nameof(MilestoneOutcome.Failed) => text["failed"],
            _ => text[outcome],
        };
    }

    private static string Signal(string signal, IStringLocalizer<ManagerText> text) => signal switch
    {
        CohortSignals.ScreeningDecided => text["the manager's screening decision"],
        CohortSignals.MilestoneDecided => text["the reviewer's decision"],
        CohortSignals.SessionRecorded => text["the session's outcome"],
        CohortSignals.CoachAssigned => text["a coach with room"],
        CohortSignals.SessionRescheduled => text["a new date for the session"],
        CohortSignals.SessionCancelled => text["the session's cancellation"],
        CohortSignals.FormAnswered => text["the form's answers"],
        FormSignals.FormWithdrawn => text["the form's withdrawal"],
        _ => signal,
    };

    [GeneratedRegex(@"^Done \(skipped: (.*)\)$", RegexOptions.Singleline)]
    private static partial Regex Skipped();

    [GeneratedRegex(@"^(\S+) v(\d+)$")]
    private static partial Regex StartedVersion();
}
