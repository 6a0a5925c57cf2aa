using Cohorts.Engine.Instances;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Text;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Manage;

/// <summary>
/// Tells a journey's history and where it stands in words, from its execution log and waiting steps: what a person did
/// or the journey reached (application received and screened, coach assigned, sessions held, reviews decided,
/// completion, incidents). The engine's own steps (sequences, waits, timers) are left out: its full log is folded away
/// on the page.
/// </summary>
public static class TimelineStory
{
    /// <summary>Gets the history, oldest first.</summary>
    public static IReadOnlyList<StoryLine> Lines(IEnumerable<TimelineEntry> entries, IStringLocalizer<TableText> text)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(text);
        List<StoryLine> lines = [];
        foreach (var entry in entries)
        {
            var (said, bad) = Say(entry, text);
            if (said is not null)
            {
                lines.Add(new StoryLine(entry.At, said, bad));
            }
        }

        return lines;
    }

    /// <summary>Gets where the journey stands: one sentence per step a person or a date is awaited for, in words.</summary>
    public static IReadOnlyList<string> Now(IEnumerable<WaitingStep> steps, IStringLocalizer<TableText> text, HumanText human)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(human);
        List<string> said = [];
        foreach (var step in steps)
        {
            LocalizedString? said1 = (step.ActivityType, step.Signal) switch
            {
                ("Screening", CohortSignals.ScreeningDecided) => text["The application waits for your screening decision."],
                ("AssignCoach", _) => text["The company waits for a coach with room."],
                ("CoachingSession", CohortSignals.SessionRecorded) => text["A coaching session waits for its outcome."],
                ("CollectiveEvent", CohortSignals.SessionRecorded) => text["A collective event waits for its outcome."],
                ("MilestoneReview", CohortSignals.MilestoneDecided) => text["A milestone waits for its decision."],
                ("RecurringSessions", null) when step.DueAt is { } due => text["Next session planned {0}.", human.Relative(due)],
                _ => null,
            };
            var line = said1?.Value;
            if (line is not null && !said.Contains(line))
            {
                said.Add(line);
            }
        }

        return said;
    }

    private static (string? Said, bool Bad) Say(TimelineEntry entry, IStringLocalizer<TableText> text) => entry.Event switch
    {
        ExecutionEvent.WorkflowStarted => (text["Journey started"], false),
        ExecutionEvent.WorkflowCompleted => (text["Journey ended"], false),
        ExecutionEvent.WorkflowCancelled => (text["Journey cancelled"], false),
        ExecutionEvent.WorkflowRetried => (text["Started again after an incident"], false),
        ExecutionEvent.WorkflowMigrated => (text["Journey moved to another version of the programme"], false),
        ExecutionEvent.ActivityFaulted => (text["A step failed: {0}", entry.Detail is { } fault ? text[fault].Value : string.Empty], true),
        ExecutionEvent.ActivityCompleted => Completed(entry, text),
        _ => (null, false),
    };

    private static (string? Said, bool Bad) Completed(TimelineEntry entry, IStringLocalizer<TableText> text) => (entry.ActivityType, entry.Detail?.ToUpperInvariant()) switch
    {
        ("Intake", _) => (text["Application submitted"], false),
        ("Screening", "ACCEPTED") => (text["Application accepted"], false),
        ("Screening", "WAITLISTED") => (text["Application put on the waiting list"], false),
        ("Screening", "REJECTED") => (text["Application not admitted"], true),
        ("Screening", _) => (text["Application screened"], false),
        ("AssignCoach", _) => (text["Coach assigned"], false),
        ("CoachingSession", "CANCELLED") => (text["Coaching session cancelled"], false),
        ("CoachingSession", "NOSHOW") => (text["Coaching session: the company did not come"], true),
        ("CoachingSession", _) => (text["Coaching session recorded"], false),
        ("CollectiveEvent", "CANCELLED") => (text["Collective event cancelled"], false),
        ("CollectiveEvent", _) => (text["Collective event recorded"], false),
        ("MilestoneReview", "PASSED") => (text["Milestone passed"], false),
        ("MilestoneReview", "FAILED") => (text["Milestone failed"], true),
        ("MilestoneReview", _) => (text["Milestone decided"], false),
        ("PlannedFollowUp", _) => (text["Follow-up done"], false),
        ("Complete", _) => (text["End of the journey"], false),
        _ => (null, false),
    };
}
