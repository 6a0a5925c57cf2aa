using System.Text.Json.Nodes;
using Cohorts.Engine.Bookmarks;

namespace Cohorts.Engine.Activities;

/// <summary>The closed set of things an activity can report back to the runtime.</summary>
public abstract record ActivityResult
{
    private ActivityResult()
    {
    }

    /// <summary>A result that keeps the activity waiting on the children and bookmarks it already has.</summary>
    public static ActivityResult Pending { get; } = new Scheduled([], []);

    /// <summary>Creates a result that completes the activity.</summary>
    public static ActivityResult Complete(string outcome = Outcomes.Done, JsonNode? output = null) => new Completed(outcome, output);

    /// <summary>Creates a result that suspends the activity on bookmarks.</summary>
    public static ActivityResult Suspend(params BookmarkRequest[] bookmarks) => new Suspended(bookmarks);

    /// <summary>Creates a result that schedules child activities and waits for them.</summary>
    public static ActivityResult Schedule(params Activity[] children) => new Scheduled(children, []);

    /// <summary>
    /// Creates a result that schedules children and also waits on bookmarks (a container that starts this
    /// occurrence's body and sets its timer for the next one).
    /// </summary>
    public static ActivityResult ScheduleAndWait(IReadOnlyList<Activity> children, IReadOnlyList<BookmarkRequest> bookmarks) => new Scheduled(children, bookmarks);

    /// <summary>Creates a result that faults the instance with an incident.</summary>
    public static ActivityResult Fault(string message) => new Faulted(message, null);

    /// <summary>The activity is done; its parent is told with this outcome.</summary>
    public sealed record Completed(string Outcome, JsonNode? Output) : ActivityResult;

    /// <summary>The activity waits for one of these bookmarks to be resumed.</summary>
    public sealed record Suspended(IReadOnlyList<BookmarkRequest> Bookmarks) : ActivityResult;

    /// <summary>The activity runs these children and waits (an empty list keeps waiting on what it has).</summary>
    /// <param name="Children">The children to start.</param>
    /// <param name="Bookmarks">Bookmarks to add besides (none for plain containers).</param>
    public sealed record Scheduled(IReadOnlyList<Activity> Children, IReadOnlyList<BookmarkRequest> Bookmarks) : ActivityResult;

    /// <summary>The activity failed; the instance is faulted with an incident and can be retried.</summary>
    /// <param name="Message">What went wrong, for the incident.</param>
    /// <param name="ExceptionType">The exception's type when an exception was thrown.</param>
    public sealed record Faulted(string Message, string? ExceptionType) : ActivityResult;
}
