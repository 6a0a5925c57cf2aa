using Cohorts.Engine.Definitions;

namespace Cohorts.Host.Manage;

/// <summary>The limits of a migration request, checked before anything is read.</summary>
public static class MigrationLimits
{
    /// <summary>The most journeys one request moves (narrow by cohort past it).</summary>
    public const int MaxInstances = 1_000;

    /// <summary>The most entries of a mapping: a definition has at most as many activities.</summary>
    public const int MaxMappingEntries = DefinitionLimits.MaxActivities;

    /// <summary>The longest activity id a mapping may name.</summary>
    public const int MaxActivityIdLength = 200;
}
