using System.Text.Json.Nodes;

namespace Cohorts.Engine.Runtime;

/// <summary>How to start an instance.</summary>
public sealed record StartWorkflowOptions
{
    /// <summary>Gets the input, readable by expressions as <c>input</c>.</summary>
    public JsonNode? Input { get; init; }

    /// <summary>Gets the correlation id (e.g. the company's id); signals without a key use it.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>
    /// Gets the id to give the instance. Starting twice with the same id starts once: the second call returns the
    /// existing instance.
    /// </summary>
    public Guid? InstanceId { get; init; }
}
