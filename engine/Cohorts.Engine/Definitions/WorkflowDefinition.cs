using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// A workflow definition: an immutable tree of activities with declared variables. Publishing a changed definition
/// makes a new version; instances keep the version they started on.
/// </summary>
public sealed class WorkflowDefinition
{
    private readonly FrozenDictionary<string, Activity> _activities;

    /// <summary>Initializes a new instance of the <see cref="WorkflowDefinition"/> class.</summary>
    /// <param name="definitionId">The stable id shared by all versions (e.g. <c>boost-innovation</c>).</param>
    /// <param name="name">The human name.</param>
    /// <param name="root">The root activity.</param>
    /// <param name="version">The version (0 for a draft that was never published).</param>
    /// <param name="description">An optional description.</param>
    /// <param name="timeZoneId">The zone in which calendar durations are applied (IANA id; UTC when null).</param>
    /// <param name="variables">Declared variables with their initial values.</param>
    /// <param name="calendar">The days schedules may fall on (every day when null).</param>
    public WorkflowDefinition(
        string definitionId,
        string name,
        Activity root,
        int version = 0,
        string? description = null,
        string? timeZoneId = null,
        IReadOnlyDictionary<string, JsonNode?>? variables = null,
        BusinessCalendar? calendar = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(definitionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(root);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        DefinitionId = definitionId;
        Name = name;
        Root = root;
        Version = version;
        Description = description;
        TimeZoneId = timeZoneId;
        TimeZone = ZonedTime.FindZone(timeZoneId) ?? TimeZoneInfo.Utc;
        Calendar = calendar;
        Variables = variables ?? FrozenDictionary<string, JsonNode?>.Empty;
        var all = new Dictionary<string, Activity>(StringComparer.Ordinal);
        foreach (var activity in Walk(root))
        {
            all.TryAdd(activity.Id, activity);
        }

        _activities = all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the stable id shared by all versions.</summary>
    public string DefinitionId { get; }

    /// <summary>Gets the version (0 for an unpublished draft).</summary>
    public int Version { get; }

    /// <summary>Gets the human name.</summary>
    public string Name { get; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; }

    /// <summary>Gets the time zone id as written in the definition.</summary>
    public string? TimeZoneId { get; }

    /// <summary>Gets the time zone in which calendar durations are applied.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>
    /// Gets the business calendar: occurrences of <see cref="Repeat"/> and <see cref="WaitUntil"/> that land on a day it
    /// excludes move to the next working day. Null when every day works.
    /// </summary>
    public BusinessCalendar? Calendar { get; }

    /// <summary>Gets the declared variables and their initial values.</summary>
    public IReadOnlyDictionary<string, JsonNode?> Variables { get; }

    /// <summary>Gets the root activity.</summary>
    public Activity Root { get; }

    /// <summary>Gets every activity of the tree, depth first, root first.</summary>
    public IEnumerable<Activity> Activities => Walk(Root);

    /// <summary>Enumerates an activity and all its descendants, depth first.</summary>
    public static IEnumerable<Activity> Walk(Activity root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var stack = new Stack<Activity>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var activity = stack.Pop();
            yield return activity;
            foreach (var child in activity.GetChildren().Reverse())
            {
                stack.Push(child);
            }
        }
    }

    /// <summary>Finds an activity by id.</summary>
    public Activity? FindActivity(string activityId) => _activities.GetValueOrDefault(activityId);

    /// <summary>Returns a copy with another version number.</summary>
    public WorkflowDefinition WithVersion(int version) =>
        new(DefinitionId, Name, Root, version, Description, TimeZoneId, Variables, Calendar);
}
