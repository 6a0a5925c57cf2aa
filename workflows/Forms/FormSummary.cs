namespace Cohorts.Workflows.Forms;

/// <summary>A programme's form with its latest version.</summary>
/// <param name="FormId">The form's id.</param>
/// <param name="Name">The form's name (latest version).</param>
/// <param name="Version">The latest version.</param>
/// <param name="Questions">How many questions the latest version asks.</param>
/// <param name="PublishedAt">When the latest version was published.</param>
/// <param name="PublishedBy">Who published it.</param>
public sealed record FormSummary(string FormId, FormLabel Name, int Version, int Questions, DateTimeOffset PublishedAt, string PublishedBy);
