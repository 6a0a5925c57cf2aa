using Cohorts.Engine.Definitions;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cohorts.Engine.Activities;

/// <summary>
/// Evaluates an expression and runs the first case whose value equals it, or <see cref="Default"/>. The outcome is the
/// matched value's JSON text, or <c>Default</c>.
/// </summary>
public sealed class Switch : Activity
{
    /// <summary>The outcome when no case matched.</summary>
    public const string DefaultOutcome = "Default";

    /// <summary>Gets the expression whose value selects the case.</summary>
    [ActivityExpression]
    public required string Expression { get; init; }

    /// <summary>Gets the cases, tried in order.</summary>
    public IReadOnlyList<SwitchCase> Cases { get; init; } = [];

    /// <summary>Gets the activity run when no case matches.</summary>
    public Activity? Default { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Activity> GetChildren() =>
        Cases.Select(c => c.Activity).Concat(new[] { Default }.OfType<Activity>());

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.Evaluate(Expression);
        var match = Cases.FirstOrDefault(c => AreEqual(c.When, value));
        return ChosenBranch.RunAsync(context, match is null ? DefaultOutcome : Label(match.When), match?.Activity ?? Default);
    }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> OnChildCompletedAsync(ActivityContext context, ChildCompletion child) =>
        ChosenBranch.CompleteAsync(context, child);

    /// <inheritdoc />
    protected internal override IEnumerable<DefinitionProblem> Validate(string path)
    {
        if (Cases.Count == 0)
        {
            yield return new DefinitionProblem($"{path}.cases", "a Switch needs at least one case");
        }

        for (var i = 0; i < Cases.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (AreEqual(Cases[i].When, Cases[j].When))
                {
                    yield return new DefinitionProblem(
                        $"{path}.cases[{i}]",
                        $"unreachable: case {Label(Cases[i].When)} repeats case {j}, which always matches first");
                    break;
                }
            }
        }
    }

    private static string Label(JsonNode? value) => value is JsonValue v && v.GetValueKind() == JsonValueKind.String
        ? v.GetValue<string>()
        : value?.ToJsonString() ?? "null";

    private static bool AreEqual(JsonNode? a, JsonNode? b)
    {
        if (a is JsonValue x && b is JsonValue y && x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number)
        {
            // Numbers compare by value whatever backs them: a case read from JSON holds a JsonElement, an expression's
            // result a CLR long or double, and GetValue<double>() converts only the first (it throws for a long).
            return x.Deserialize<double>() == y.Deserialize<double>();
        }

        return JsonNode.DeepEquals(a, b);
    }
}
