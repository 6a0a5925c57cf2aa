using System.Diagnostics.CodeAnalysis;
using Cohorts.Engine.Exceptions;

namespace Cohorts.Engine.Definitions;

/// <summary>The outcome of reading or building a definition: the definition, or every problem found.</summary>
public sealed class DefinitionResult
{
    private DefinitionResult(WorkflowDefinition? definition, IReadOnlyList<DefinitionProblem> problems)
    {
        Definition = definition;
        Problems = problems;
    }

    /// <summary>Gets the definition, or null when there are problems.</summary>
    public WorkflowDefinition? Definition { get; }

    /// <summary>Gets the problems, in document order (empty when the definition is valid).</summary>
    public IReadOnlyList<DefinitionProblem> Problems { get; }

    /// <summary>Gets a value indicating whether the definition is valid (then <see cref="Definition"/> is set).</summary>
    [MemberNotNullWhen(true, nameof(Definition))]
    public bool IsValid => Definition is not null;

    /// <summary>Creates a result for a valid definition.</summary>
    public static DefinitionResult Success(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new DefinitionResult(definition, []);
    }

    /// <summary>Creates a result for an invalid definition.</summary>
    public static DefinitionResult Failure(IReadOnlyList<DefinitionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("A failed result needs at least one problem.", nameof(problems));
        }

        return new DefinitionResult(null, problems);
    }

    /// <summary>Gets the definition.</summary>
    /// <exception cref="InvalidDefinitionException">The definition has problems; all are listed.</exception>
    public WorkflowDefinition GetDefinitionOrThrow() => Definition ?? throw new InvalidDefinitionException(Problems);
}
