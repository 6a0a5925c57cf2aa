namespace Cohorts.Workflows.Forms.Collection;

/// <summary>One form request as lists show it: who was asked what, when, by when, and where it stands.</summary>
/// <param name="Id">The request.</param>
/// <param name="FormId">The form.</param>
/// <param name="FormName">The form's name (of the version asked).</param>
/// <param name="Version">The version asked.</param>
/// <param name="Respondent">Who is asked.</param>
/// <param name="RespondentName">The company's or coach's name.</param>
/// <param name="CompanyId">The company, if any.</param>
/// <param name="CoachId">The coach, if any.</param>
/// <param name="SessionId">The event it follows, if any.</param>
/// <param name="Title">The title shown to the respondent, if not the form's name.</param>
/// <param name="RequestedAt">When it was asked.</param>
/// <param name="DueAt">When an answer is expected.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="AnsweredAt">When it was answered.</param>
/// <param name="IsLate">True when still open after its due time.</param>
public sealed record FormRequestRow(
    Guid Id,
    string FormId,
    FormLabel FormName,
    int Version,
    RespondentKind Respondent,
    string? RespondentName,
    Guid? CompanyId,
    Guid? CoachId,
    Guid? SessionId,
    string? Title,
    DateTimeOffset RequestedAt,
    DateTimeOffset? DueAt,
    FormRequestStatus Status,
    DateTimeOffset? AnsweredAt,
    bool IsLate);
