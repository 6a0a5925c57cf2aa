namespace Cohorts.Workflows.Forms;

/// <summary>What publishing a form gave.</summary>
/// <param name="FormId">The form's id.</param>
/// <param name="Version">The version now current.</param>
/// <param name="IsNew">True when this publication added the version; false when the form was unchanged.</param>
public sealed record FormPublished(string FormId, int Version, bool IsNew);
