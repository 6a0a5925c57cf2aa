using System.Text.Json.Nodes;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;

namespace Cohorts.Workflows.Evaluations;

/// <summary>An applicant as evaluators and managers read it: the company, and its answers with the form version they answer (none for a company added otherwise).</summary>
/// <param name="Company">The company.</param>
/// <param name="Application">Its application through the call, if any.</param>
/// <param name="Form">The form version it answered, if any.</param>
public sealed record ApplicationRecord(Company Company, Application? Application, FormDefinition? Form)
{
    /// <summary>Gets the answers (an empty object when none).</summary>
    public JsonObject Answers => Application is null ? [] : JsonNode.Parse(Application.AnswersJson) as JsonObject ?? [];
}
