using System.Text.Json.Nodes;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Expressions;

/// <summary>What an expression can see: the instance's variables (as globals and as <c>variables</c>) and its input.</summary>
public sealed class ExpressionScope
{
    private readonly InstanceState? _state;
    private readonly JsonNode? _input;

    /// <summary>Initializes a scope over these values.</summary>
    /// <param name="variables">The instance's variables.</param>
    /// <param name="input">The instance's input (<c>input</c>).</param>
    /// <param name="correlationId">The instance's correlation id (<c>correlationId</c>).</param>
    public ExpressionScope(JsonObject variables, JsonNode? input, string? correlationId)
    {
        Variables = variables;
        _input = input;
        CorrelationId = correlationId;
    }

    /// <summary>Initializes a scope over an instance's state: its input is read only if an expression names it.</summary>
    internal ExpressionScope(InstanceState state, string? correlationId)
    {
        _state = state;
        Variables = state.Variables;
        CorrelationId = correlationId;
    }

    /// <summary>Gets the instance's variables.</summary>
    public JsonObject Variables { get; }

    /// <summary>Gets the instance's input (<c>input</c>).</summary>
    public JsonNode? Input => _state is null ? _input : _state.Input;

    /// <summary>Gets the instance's correlation id (<c>correlationId</c>).</summary>
    public string? CorrelationId { get; }
}
