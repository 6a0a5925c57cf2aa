using System.Text.Json.Nodes;

namespace Cohorts.Workflows.Evaluations;

/// <summary>What an applicant sends through a public call: the company's fields the intake needs, and the form's answers.</summary>
/// <param name="Name">The company's name, unique in the cohort.</param>
/// <param name="Sector">Its sector.</param>
/// <param name="Headcount">Its headcount.</param>
/// <param name="Location">Its town.</param>
/// <param name="ContactEmail">The contact's e-mail address.</param>
/// <param name="Needs">The needs stated (at most 20).</param>
/// <param name="Answers">The answers: question id → value (paths <c>answers.{questionId}</c>).</param>
/// <param name="Language">The language the form was read in (en or fr; en otherwise).</param>
public sealed record ApplicantSubmission(
    string? Name,
    string? Sector,
    int? Headcount,
    string? Location,
    string? ContactEmail,
    IReadOnlyList<string>? Needs,
    JsonObject? Answers,
    string? Language = null);
