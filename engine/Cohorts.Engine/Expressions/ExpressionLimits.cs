namespace Cohorts.Engine.Expressions;

/// <summary>
/// The sandbox of every expression (docs/definition-format.md, "Limits"): what one evaluation may run, allocate and
/// recurse. Each bound ends a runaway script well within <see cref="Timeout"/>, so no limit is looser than the time limit.
/// </summary>
public static class ExpressionLimits
{
    /// <summary>The most statements one evaluation runs.</summary>
    public const int MaxStatements = 10_000;

    /// <summary>The deepest calls may recurse.</summary>
    public const int MaxRecursion = 64;

    /// <summary>
    /// The most bytes one evaluation may allocate (Jint's <c>LimitMemory</c>): a string of 8 million characters, or
    /// many times the largest variable (<see cref="Runtime.StepBudgetOptions.MaxVariableBytes"/>) converted for the script.
    /// </summary>
    public const long MaxMemoryBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The longest array a script may build (Jint's <c>Constraints.MaxArraySize</c>): 2^17, a power of two because Jint
    /// checks the capacity it grows an array to, which doubles.
    /// </summary>
    public const uint MaxArrayLength = 131_072;

    /// <summary>The longest one evaluation runs.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The longest one regular expression match runs: the time limit is checked between statements, and a match is inside
    /// one, so it has its own bound, shorter than <see cref="Timeout"/>.
    /// </summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);
}
