using Cohorts.Engine.EntityFrameworkCore.Stores;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.EntityFrameworkCore.Records;

/// <summary>A row of WorkflowInstances: the instance's columns and its state as one JSON document.</summary>
public sealed class InstanceRecord
{
    /// <summary>Gets or sets the instance id.</summary>
    public Guid Id { get; set; }

    /// <summary>Gets or sets the definition the instance runs.</summary>
    public string DefinitionId { get; set; } = string.Empty;

    /// <summary>Gets or sets the definition version the instance runs.</summary>
    public int DefinitionVersion { get; set; }

    /// <summary>Gets or sets the correlation id given at start.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>Gets or sets the status.</summary>
    public WorkflowStatus Status { get; set; }

    /// <summary>Gets or sets the optimistic concurrency version.</summary>
    public long Version { get; set; }

    /// <summary>Gets or sets when the instance was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Gets or sets when the last step committed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Gets or sets when the instance finished.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Gets or sets the <see cref="InstanceState"/> document, written by <see cref="InstanceStateSerializer"/>.</summary>
    public string State { get; set; } = string.Empty;

    /// <summary>
    /// Gets the state document as UTF-8 for the SQLite writer's statements, which bind it instead of <see cref="State"/>
    /// (left empty then); null on every record EF reads or writes.
    /// </summary>
    internal Utf8Text? StateUtf8 { get; private init; }

    internal static InstanceRecord FromInstance(WorkflowInstance instance) => Of(instance, InstanceStateSerializer.Serialize(instance.State), null);

    /// <summary>The record of a step the SQLite writer commits: its state written as UTF-8 into <paramref name="state"/>.</summary>
    internal static InstanceRecord ForWriter(WorkflowInstance instance, Utf8Text state) => Of(instance, string.Empty, state.Write(instance.State));

    internal WorkflowInstance ToInstance() =>
        new(Id, DefinitionId, DefinitionVersion, CorrelationId, CreatedAt, InstanceStateSerializer.Deserialize(State))
        {
            Status = Status,
            Version = Version,
            UpdatedAt = UpdatedAt,
            FinishedAt = FinishedAt,
        };

    private static InstanceRecord Of(WorkflowInstance instance, string state, Utf8Text? utf8) => new()
    {
        Id = instance.Id,
        DefinitionId = instance.DefinitionId,
        DefinitionVersion = instance.DefinitionVersion,
        CorrelationId = instance.CorrelationId,
        Status = instance.Status,
        Version = instance.Version,
        CreatedAt = instance.CreatedAt,
        UpdatedAt = instance.UpdatedAt,
        FinishedAt = instance.FinishedAt,
        State = state,
        StateUtf8 = utf8,
    };
}
