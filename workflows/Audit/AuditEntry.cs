namespace Cohorts.Workflows.Audit;

/// <summary>
/// One human action, recorded with who did it, when and what changed, in the same transaction as the action itself
/// (it exists if and only if the action committed). <see cref="Action"/> is a stable code (<see cref="AuditActions"/>);
/// <see cref="Data"/> a JSON object with what the pages need to say it in words.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The longest actor kept (an e-mail address is at most 254 characters).</summary>
    public const int MaxActorLength = 254;

    /// <summary>The longest action code.</summary>
    public const int MaxActionLength = 64;

    /// <summary>The longest subject id.</summary>
    public const int MaxSubjectLength = 200;

    /// <summary>Initializes a new instance of the <see cref="AuditEntry"/> class.</summary>
    public AuditEntry(DateTimeOffset at, string actor, string action, Guid? cohortId, Guid? companyId, string? subjectId, string data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(data);
        At = at;
        Actor = actor.Length > MaxActorLength ? actor[..MaxActorLength] : actor;
        Action = action;
        CohortId = cohortId;
        CompanyId = companyId;
        SubjectId = subjectId is { Length: > MaxSubjectLength } ? subjectId[..MaxSubjectLength] : subjectId;
        Data = data;
    }

    /// <summary>Gets the entry's id, given by the database in the order entries are written (one writer at a time, so in time order too).</summary>
    public long Id { get; private set; }

    /// <summary>Gets when the action was recorded.</summary>
    public DateTimeOffset At { get; private set; }

    /// <summary>Gets who acted: an e-mail address or a name.</summary>
    public string Actor { get; private set; }

    /// <summary>Gets what was done, a stable code (<see cref="AuditActions"/>).</summary>
    public string Action { get; private set; }

    /// <summary>Gets the cohort it concerns, if any.</summary>
    public Guid? CohortId { get; private set; }

    /// <summary>Gets the company it concerns, if any.</summary>
    public Guid? CompanyId { get; private set; }

    /// <summary>Gets the thing acted on (a session, a milestone, a programme, a definition, an account), if any.</summary>
    public string? SubjectId { get; private set; }

    /// <summary>Gets what changed, a JSON object's text.</summary>
    public string Data { get; private set; }
}
