namespace Cohorts.Engine.Runtime;

/// <summary>Fixed bounds of the runtime.</summary>
internal static class RuntimeLimits
{
    /// <summary>How many applied signal ids an instance remembers to ignore a repeated delivery.</summary>
    public const int RememberedSignalIds = 100;
}
