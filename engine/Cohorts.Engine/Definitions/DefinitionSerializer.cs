using Cohorts.Engine.Activities;
using Cohorts.Engine.Expressions;

namespace Cohorts.Engine.Definitions;

/// <summary>
/// The definition format bound to the host's activity types and expression language: reads, validates and writes
/// definitions with the registry and evaluator the runtime uses.
/// </summary>
/// <param name="registry">The activity types the host knows.</param>
/// <param name="evaluator">The expression evaluator (syntax checks).</param>
public sealed class DefinitionSerializer(ActivityRegistry registry, IExpressionEvaluator evaluator)
{
    /// <summary>Gets the activity types the host knows.</summary>
    public ActivityRegistry Registry { get; } = registry;

    /// <summary>Reads a definition document, listing every problem with its path.</summary>
    public DefinitionResult Read(string json, DefinitionReadMode mode) => DefinitionReader.Read(json, Registry, mode, evaluator);

    /// <summary>Lists every problem of a definition built in C#.</summary>
    public IReadOnlyList<DefinitionProblem> Validate(WorkflowDefinition definition) => DefinitionValidator.Validate(definition, Registry, evaluator);

    /// <summary>Writes a definition as its JSON document.</summary>
    public string Write(WorkflowDefinition definition) => DefinitionWriter.Write(definition, Registry);
}
