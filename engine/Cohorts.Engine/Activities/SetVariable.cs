using Cohorts.Engine.Definitions;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Activities;

/// <summary>Sets a variable to a JSON value, or to the result of an expression.</summary>
public sealed class SetVariable : Activity
{
    /// <summary>Gets the variable's name.</summary>
    public required string Variable { get; init; }

    /// <summary>Gets the literal value (used when <see cref="Expression"/> is null).</summary>
    public JsonNode? Value { get; init; }

    /// <summary>Gets the expression whose result is stored.</summary>
    [ActivityExpression]
    public string? Expression { get; init; }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = Expression is null ? Value : context.Evaluate(Expression);
        context.SetVariable(Variable, value);
        return ValueTask.FromResult(ActivityResult.Complete(output: value?.DeepClone()));
    }

    /// <inheritdoc />
    protected internal override IEnumerable<DefinitionProblem> Validate(string path)
    {
        if (Value is not null && Expression is not null)
        {
            yield return new DefinitionProblem($"{path}.expression", "give either value or expression, not both");
        }
    }
}
