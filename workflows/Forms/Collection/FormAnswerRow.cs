using System.Text.Json.Nodes;

namespace Cohorts.Workflows.Forms.Collection;

/// <summary>One answer as the answers list shows it.</summary>
/// <param name="RequestId">The request answered.</param>
/// <param name="CompanyId">The company, if any.</param>
/// <param name="Company">The company's (or respondent's) name.</param>
/// <param name="CohortId">The cohort, if any.</param>
/// <param name="Cohort">The cohort's name.</param>
/// <param name="Version">The form version answered.</param>
/// <param name="Answers">The answers object, question id → value.</param>
/// <param name="SubmittedAt">When first submitted.</param>
/// <param name="SubmittedBy">Who submitted.</param>
/// <param name="EditedAt">When last edited, if ever.</param>
/// <param name="Edits">How many edits.</param>
public sealed record FormAnswerRow(
    Guid RequestId,
    Guid? CompanyId,
    string? Company,
    Guid? CohortId,
    string? Cohort,
    int Version,
    JsonNode? Answers,
    DateTimeOffset SubmittedAt,
    string SubmittedBy,
    DateTimeOffset? EditedAt,
    int Edits);
