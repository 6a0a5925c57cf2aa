namespace Cohorts.Workflows.Forms;

/// <summary>
/// One form asked of one respondent (table FormRequests): which version of which programme form, about which cohort,
/// company or event, by when. Answered once (<see cref="FormAnswer"/>); a second submission edits the answer until
/// <see cref="EditableUntil"/>. A workflow waiting for it listens for the signal <c>form-answered</c> with key
/// <see cref="SignalKey"/>.
/// </summary>
public sealed class FormRequest
{
    /// <summary>The longest title stored.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest e-mail address or name stored.</summary>
    public const int MaxRespondentLength = 256;

    /// <summary>The longest plan key stored.</summary>
    public const int MaxPlanKeyLength = 300;

    /// <summary>Initializes a new instance of the <see cref="FormRequest"/> class.</summary>
    public FormRequest(Guid id, string programmeId, string formId, int formVersion, RespondentKind respondent, DateTimeOffset requestedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(programmeId);
        ArgumentException.ThrowIfNullOrWhiteSpace(formId);
        ArgumentOutOfRangeException.ThrowIfLessThan(formVersion, 1);
        Id = id;
        ProgrammeId = programmeId;
        FormId = formId;
        FormVersion = formVersion;
        Respondent = respondent;
        RequestedAt = requestedAt;
    }

    /// <summary>Gets the request's id.</summary>
    public Guid Id { get; private set; }

    /// <summary>Gets the programme whose form it is.</summary>
    public string ProgrammeId { get; private set; }

    /// <summary>Gets the form's id in its programme.</summary>
    public string FormId { get; private set; }

    /// <summary>Gets the version of the form asked (answers are checked against it).</summary>
    public int FormVersion { get; private set; }

    /// <summary>Gets who is asked.</summary>
    public RespondentKind Respondent { get; private set; }

    /// <summary>Gets the cohort it is about, if any.</summary>
    public Guid? CohortId { get; init; }

    /// <summary>Gets the company answering (or whose contact answers), if any.</summary>
    public Guid? CompanyId { get; init; }

    /// <summary>Gets the coach answering, if any.</summary>
    public Guid? CoachId { get; init; }

    /// <summary>Gets the session or event it follows, if any (a form attached to an event's outcome).</summary>
    public Guid? SessionId { get; init; }

    /// <summary>Gets the respondent's e-mail address when no company or coach row names them (a participant, an organiser).</summary>
    public string? RespondentEmail { get; init; }

    /// <summary>Gets the respondent's name shown in lists, when known.</summary>
    public string? RespondentName { get; init; }

    /// <summary>Gets a title for the respondent (<c>Cold feedback: conference 3</c>); the form's name when null.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the key that makes a replayed workflow step find the request it made instead of making a second.</summary>
    public string? PlanKey { get; init; }

    /// <summary>Gets when it was asked.</summary>
    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>Gets when an answer is expected (reminders count from it), if set.</summary>
    public DateTimeOffset? DueAt { get; init; }

    /// <summary>Gets until when a submitted answer may be edited; null: until <see cref="DueAt"/>, or never when that is null too.</summary>
    public DateTimeOffset? EditableUntil { get; init; }

    /// <summary>Gets where it stands.</summary>
    public FormRequestStatus Status { get; private set; }

    /// <summary>Gets when it was first answered.</summary>
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>Gets the signal key a workflow waiting for this request listens on.</summary>
    public string SignalKey => KeyOf(Id);

    /// <summary>Gets the signal key of a request (<c>form-request-{id}</c>).</summary>
    public static string KeyOf(Guid requestId) => $"form-request-{requestId:D}";

    /// <summary>Gets the last moment an answer may still be edited, or null when it cannot be.</summary>
    public DateTimeOffset? EditDeadline => EditableUntil ?? DueAt;

    /// <summary>Marks the request answered.</summary>
    public void MarkAnswered(DateTimeOffset at)
    {
        if (Status != FormRequestStatus.Open)
        {
            throw new InvalidOperationException($"Form request {Id} is {Status}, not open.");
        }

        Status = FormRequestStatus.Answered;
        AnsweredAt = at;
    }

    /// <summary>Withdraws an open request; an answered one stays answered.</summary>
    public void Cancel()
    {
        if (Status == FormRequestStatus.Open)
        {
            Status = FormRequestStatus.Cancelled;
        }
    }
}
