namespace Cohorts.Workflows.Forms.Collection;

/// <summary>A request with the form version it asks and its answers so far: what a respondent's page shows.</summary>
/// <param name="Request">The request.</param>
/// <param name="Form">The version asked.</param>
/// <param name="AnswersJson">The answers submitted, if any.</param>
public sealed record FormToAnswer(FormRequest Request, FormDefinition Form, string? AnswersJson);
