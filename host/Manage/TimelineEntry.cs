using System.Text.Json.Serialization;
using Cohorts.Engine.Instances;

namespace Cohorts.Host.Manage;

/// <summary>One line of an instance's timeline (its execution log).</summary>
/// <param name="At">When it happened.</param>
/// <param name="Event">What happened (ActivityStarted, ActivityCompleted, ActivityFaulted...).</param>
/// <param name="ActivityId">The activity concerned.</param>
/// <param name="ActivityType">Its type.</param>
/// <param name="Detail">The outcome, the bookmark waited on, the fault message.</param>
public sealed record TimelineEntry(
    DateTimeOffset At,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ExecutionEvent>))] ExecutionEvent Event,
    string ActivityId,
    string ActivityType,
    string? Detail);
