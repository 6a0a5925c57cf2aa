using System.Text.Json.Nodes;
using Cohorts.Host.Portal;
using Cohorts.Workflows.Forms;

namespace Cohorts.Host.Api.Portal;

/// <summary>A form asked of the company: the request, the form's questions (the version asked), the answers so far.</summary>
/// <param name="Request">The request.</param>
/// <param name="Form">The form's JSON (docs/domain.md, "Forms").</param>
/// <param name="Answers">The answers given, if any.</param>
public sealed record PortalFormResponse(PortalFormItem Request, JsonNode Form, JsonObject? Answers)
{
    /// <summary>The response for a form view.</summary>
    public static PortalFormResponse Of(PortalFormView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Item, FormJson.ToNode(view.Form), view.Answer);
    }
}
