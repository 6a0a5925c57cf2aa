namespace Cohorts.Engine.Definitions;

/// <summary>What publishing a definition did: the version now latest, and whether this publication made it.</summary>
/// <param name="Definition">The latest version of the definition, with its number.</param>
/// <param name="IsNewVersion">
/// True when this publication stored the version; false when the document was the latest version already (published
/// before, or a moment ago by someone else publishing the same document at the same time).
/// </param>
public sealed record DefinitionPublication(WorkflowDefinition Definition, bool IsNewVersion);
