using Cohorts.Engine.Definitions;
namespace Cohorts.Engine.Activities;

/// <summary>Runs <see cref="Then"/> when the condition holds, <see cref="Else"/> otherwise. Outcome True or False.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Elsa's vocabulary: workflow authors know this activity as If.")]
public sealed class If : Activity
{
    /// <summary>Gets the condition: a JavaScript expression over the variables.</summary>
    [ActivityExpression]
    public required string Condition { get; init; }

    /// <summary>Gets the branch run when the condition holds.</summary>
    public Activity? Then { get; init; }

    /// <summary>Gets the branch run otherwise.</summary>
    public Activity? Else { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Activity> GetChildren() => new[] { Then, Else }.OfType<Activity>();

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var holds = context.EvaluateCondition(Condition);
        return ChosenBranch.RunAsync(context, holds ? Outcomes.True : Outcomes.False, holds ? Then : Else);
    }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> OnChildCompletedAsync(ActivityContext context, ChildCompletion child) =>
        ChosenBranch.CompleteAsync(context, child);

    /// <inheritdoc />
    protected internal override IEnumerable<DefinitionProblem> Validate(string path)
    {
        var constant = Condition.Trim();
        if (constant is "true" && Else is not null)
        {
            yield return new DefinitionProblem($"{path}.else", "unreachable: the condition is always true");
        }

        if (constant is "false" && Then is not null)
        {
            yield return new DefinitionProblem($"{path}.then", "unreachable: the condition is always false");
        }
    }
}
