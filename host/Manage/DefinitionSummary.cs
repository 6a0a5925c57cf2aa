namespace Cohorts.Host.Manage;

/// <summary>A workflow definition of a programme and its published versions.</summary>
/// <param name="DefinitionId">The definition's id.</param>
/// <param name="Role">What it runs: <c>company</c> (each company's journey) or <c>cohort</c> (the cohort-wide events).</param>
/// <param name="Name">The latest version's name.</param>
/// <param name="LatestVersion">The latest version (0 when none is published).</param>
/// <param name="Versions">Every version, newest first.</param>
public sealed record DefinitionSummary(string DefinitionId, string Role, string Name, int LatestVersion, IReadOnlyList<DefinitionVersionInfo> Versions);
