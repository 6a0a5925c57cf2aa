namespace Cohorts.Engine.Definitions;

/// <summary>The versions of the definition JSON format (docs/definition-format.md).</summary>
public static class DefinitionFormat
{
    /// <summary>The format this build writes, and the newest it reads.</summary>
    public const int CurrentVersion = 1;
}
