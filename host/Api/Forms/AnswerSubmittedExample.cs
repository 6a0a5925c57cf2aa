using System.Text.Json.Nodes;

namespace Cohorts.Host.Api.Forms;

/// <summary>The body of POST /api/forms/requests/{id}/answers, for the API's description: the answers object, question id → value.</summary>
/// <param name="Answers">The answers.</param>
public sealed record AnswerSubmittedExample(JsonObject Answers);
