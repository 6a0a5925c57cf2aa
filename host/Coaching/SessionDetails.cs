using System.Text.Json.Serialization;
using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Coaching;

/// <summary>A session as its coach, its programme's manager or a funder sees it, with its outcome once recorded.</summary>
/// <param name="Id">The session's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="PlannedAt">When it is planned.</param>
/// <param name="CohortId">The cohort's id.</param>
/// <param name="CohortName">The cohort's name.</param>
/// <param name="Location">The town or place, if any.</param>
/// <param name="CoachName">The coach who runs it (coaching sessions).</param>
/// <param name="Organiser">The organiser (collective events).</param>
/// <param name="Companies">The companies expected (those the reader may see).</param>
/// <param name="ExpectedVisitors">The visitors expected, if counted.</param>
/// <param name="Late">Whether it is past and its outcome not recorded.</param>
/// <param name="CanRecord">Whether the reader may record its outcome (its coach or the programme's manager, once).</param>
/// <param name="Outcome">The outcome, once recorded.</param>
public sealed record SessionDetails(
    Guid Id,
    string Title,
    [property: JsonConverter(typeof(JsonStringEnumConverter<SessionKind>))] SessionKind Kind,
    DateTimeOffset PlannedAt,
    Guid CohortId,
    string CohortName,
    string? Location,
    string? CoachName,
    string? Organiser,
    IReadOnlyList<CompanyRef> Companies,
    int? ExpectedVisitors,
    bool Late,
    bool CanRecord,
    RecordedOutcome? Outcome)
{
    /// <summary>Gets when it was cancelled, if it was (a cancelled session is neither held nor late).</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>Gets why it was cancelled, or why it last moved.</summary>
    public string? ChangeReason { get; init; }

    /// <summary>Gets how many times it moved to another time.</summary>
    public int RescheduleCount { get; init; }

    /// <summary>Gets a value indicating whether its outcome says the company did not come.</summary>
    public bool NoShow { get; init; }

    /// <summary>Gets a value indicating whether the reader may move or cancel it (its coach or the manager, until it is held or cancelled).</summary>
    public bool CanChange { get; init; }

    /// <summary>Gets a value indicating whether the reader may correct its recorded outcome.</summary>
    public bool CanCorrect { get; init; }
    /// <summary>Gets, in the answer to an outcome with walk-ins, what became of each: the company recorded present, matched or added.</summary>
    public IReadOnlyList<Cohorts.Workflows.WalkIns.WalkInResult>? WalkIns { get; init; }

    /// <summary>Gets when the session ends (its start plus its length).</summary>
    public DateTimeOffset EndsAt { get; init; }
}
