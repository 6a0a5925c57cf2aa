using Cohorts.Engine.Definitions;

namespace Cohorts.Engine.Exceptions;

/// <summary>A definition has problems; every one is listed with its path.</summary>
public sealed class InvalidDefinitionException : CohortsException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidDefinitionException"/> class.</summary>
    public InvalidDefinitionException(IReadOnlyList<DefinitionProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets the problems.</summary>
    public IReadOnlyList<DefinitionProblem> Problems { get; }

    private static string Describe(IReadOnlyList<DefinitionProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return $"The definition has {problems.Count} problem(s): " + string.Join("; ", problems);
    }
}
