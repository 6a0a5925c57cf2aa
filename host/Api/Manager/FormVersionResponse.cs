using System.Text.Json.Nodes;
using Cohorts.Workflows.Forms;

namespace Cohorts.Host.Api.Manager;

/// <summary>A published version of a programme's form, with its document (docs/domain.md, "Forms").</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="FormId">The form.</param>
/// <param name="Version">The version.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="PublishedBy">Who published it.</param>
/// <param name="Form">The form's JSON, as POST /api/programmes/{id}/forms takes it.</param>
internal sealed record FormVersionResponse(string ProgrammeId, string FormId, int Version, DateTimeOffset PublishedAt, string PublishedBy, JsonObject Form)
{
    public static FormVersionResponse Of(FormVersion version) =>
        new(version.ProgrammeId, version.FormId, version.Version, version.PublishedAt, version.PublishedBy, FormJson.ToNode(version.ReadDefinition()));
}
