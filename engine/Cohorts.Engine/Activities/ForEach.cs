using System.Text.Json.Nodes;
using Cohorts.Engine.Definitions;

namespace Cohorts.Engine.Activities;

/// <summary>
/// Runs its body once per item of an array, one after the other, with the item in a variable; at most
/// <see cref="DefinitionLimits.MaxForEachItems"/> items.
/// </summary>
public sealed class ForEach : Activity
{
    /// <summary>Gets the expression giving the array (e.g. <c>companies</c>).</summary>
    [ActivityExpression]
    public required string Items { get; init; }

    /// <summary>Gets the variable that holds the current item.</summary>
    public string Variable { get; init; } = "item";

    /// <summary>Gets the variable that holds the current index (none when null).</summary>
    public string? IndexVariable { get; init; }

    /// <summary>Gets the body run for each item.</summary>
    public required Activity Body { get; init; }

    /// <inheritdoc />
    public override IEnumerable<Activity> GetChildren() => [Body];

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Evaluate(Items) is not JsonArray items)
        {
            return ValueTask.FromResult(ActivityResult.Fault($"'{Items}' does not give an array to iterate over"));
        }

        if (items.Count > DefinitionLimits.MaxForEachItems)
        {
            return ValueTask.FromResult(ActivityResult.Fault(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"'{Items}' gives {items.Count:N0} items, and a ForEach runs over at most {DefinitionLimits.MaxForEachItems:N0}: split the work, or keep the list in the application's tables")));
        }

        context.State["items"] = items;
        return ValueTask.FromResult(Next(context, 0));
    }

    /// <inheritdoc />
    protected internal override ValueTask<ActivityResult> OnChildCompletedAsync(ActivityContext context, ChildCompletion child)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(Next(context, context.GetState<int>("index") + 1));
    }

    private ActivityResult Next(ActivityContext context, int index)
    {
        var items = (JsonArray)context.State["items"]!;
        if (index >= items.Count)
        {
            return ActivityResult.Complete();
        }

        context.SetState("index", index);
        context.SetVariable(Variable, items[index]);
        if (IndexVariable is not null)
        {
            context.SetVariable(IndexVariable, index);
        }

        return ActivityResult.Schedule(Body);
    }
}
