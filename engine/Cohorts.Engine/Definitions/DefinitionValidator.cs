using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Expressions;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// Checks a definition against every rule of the format: registered activity types, ids present and unique,
/// required settings, time zone, calendar, reachable activities, expression syntax, and each activity's own checks
/// (<see cref="Activity.Validate"/>). <see cref="DefinitionReader"/> and <see cref="WorkflowBuilder"/> use it too, so
/// the rules live once.
/// </summary>
public static class DefinitionValidator
{
    /// <summary>Lists every problem of a definition (empty when it is valid), with JSON paths as in the document.</summary>
    /// <param name="definition">The definition, typically built in C#.</param>
    /// <param name="registry">The activity types the host knows.</param>
    /// <param name="evaluator">Checks expression syntax; JavaScript (<see cref="JintExpressionEvaluator"/>) by default.</param>
    public static IReadOnlyList<DefinitionProblem> Validate(
        WorkflowDefinition definition,
        ActivityRegistry registry,
        IExpressionEvaluator? evaluator = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(registry);
        return Check(definition.Root, definition.TimeZoneId, definition.Calendar, definition.Variables, registry, evaluator, lenient: false);
    }

    internal static List<DefinitionProblem> Check(
        Activity? root,
        string? timeZoneId,
        BusinessCalendar? calendar,
        IReadOnlyDictionary<string, JsonNode?> variables,
        ActivityRegistry registry,
        IExpressionEvaluator? evaluator,
        bool lenient,
        IReadOnlySet<Activity>? incomplete = null) =>
        new DefinitionRules(registry, evaluator ?? new JintExpressionEvaluator(), lenient, incomplete).Check(root, timeZoneId, calendar, variables);
}
