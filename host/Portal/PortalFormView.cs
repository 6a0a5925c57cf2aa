using System.Text.Json.Nodes;
using Cohorts.Workflows.Forms;

namespace Cohorts.Host.Portal;

/// <summary>One form asked of the company: the request, the version asked, the answer so far.</summary>
/// <param name="Item">The request as listed.</param>
/// <param name="Form">The version of the form asked.</param>
/// <param name="Answer">The answers given, if any (question id → value).</param>
/// <param name="SubmittedBy">Who answered, if anyone.</param>
public sealed record PortalFormView(PortalFormItem Item, FormDefinition Form, JsonObject? Answer, string? SubmittedBy);
