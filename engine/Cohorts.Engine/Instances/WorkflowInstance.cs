namespace Cohorts.Engine.Instances;

/// <summary>A running (or finished) workflow: one company's journey through a programme, say.</summary>
public sealed class WorkflowInstance
{
    /// <summary>Initializes a new instance of the <see cref="WorkflowInstance"/> class.</summary>
    public WorkflowInstance(
        Guid id,
        string definitionId,
        int definitionVersion,
        string? correlationId,
        DateTimeOffset createdAt,
        InstanceState state)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(definitionId);
        ArgumentOutOfRangeException.ThrowIfLessThan(definitionVersion, 1);
        ArgumentNullException.ThrowIfNull(state);
        Id = id;
        DefinitionId = definitionId;
        DefinitionVersion = definitionVersion;
        CorrelationId = correlationId;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
        State = state;
    }

    /// <summary>Gets the instance id.</summary>
    public Guid Id { get; }

    /// <summary>Gets the definition the instance runs.</summary>
    public string DefinitionId { get; }

    /// <summary>Gets the definition version the instance runs: the one it started on, unless a migration moved it.</summary>
    public int DefinitionVersion { get; private set; }

    /// <summary>Gets the correlation id given at start (e.g. the company's id).</summary>
    public string? CorrelationId { get; }

    /// <summary>Gets when the instance was created.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>Gets or sets the status.</summary>
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;

    /// <summary>Gets or sets the optimistic concurrency version, incremented by every committed step.</summary>
    public long Version { get; set; }

    /// <summary>Gets or sets when the last step was committed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Gets or sets when the instance completed, faulted for good or was cancelled.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Gets the resumable state.</summary>
    public InstanceState State { get; }

    /// <summary>Moves the instance to another version of its definition (a migration rewrites its state to match).</summary>
    internal void MoveToVersion(int version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        DefinitionVersion = version;
    }
}
