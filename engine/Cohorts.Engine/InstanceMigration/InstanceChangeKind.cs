namespace Cohorts.Engine.InstanceMigration;

/// <summary>What a person did to an instance, outside its own course.</summary>
public enum InstanceChangeKind
{
    /// <summary>The instance was cancelled.</summary>
    Cancelled,

    /// <summary>The instance moved to another version of its definition.</summary>
    Migrated,

    /// <summary>A faulted activity was skipped: completed with its default outcome, and the instance went on.</summary>
    Skipped,
}
