namespace Cohorts.Engine.Instances;

/// <summary>The kinds of <see cref="WorkItem"/>.</summary>
public enum WorkItemKind
{
    /// <summary>Start the activity.</summary>
    Execute,

    /// <summary>Tell the activity that a child completed.</summary>
    ChildCompleted,

    /// <summary>Tell the activity that one of its bookmarks was resumed.</summary>
    Resume,
}
