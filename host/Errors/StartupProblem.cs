namespace Cohorts.Host.Errors;

/// <summary>A start-up problem the person running the host can fix (<see cref="StartupProblems"/>): the exit code and what to say.</summary>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Lines">What to print on standard error, first what stopped the start, then what to check.</param>
internal sealed record StartupProblem(int ExitCode, IReadOnlyList<string> Lines)
{
    /// <summary>Prints the lines.</summary>
    public async Task WriteAsync(TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        foreach (var line in Lines)
        {
            await error.WriteLineAsync(line);
        }
    }
}
