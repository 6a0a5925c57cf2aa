using System.Diagnostics;

namespace Cohorts.Bench;

/// <summary>Progress notes on standard error, so standard output carries only the figures.</summary>
internal static class Progress
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    /// <summary>Gets the time since the program started.</summary>
    public static TimeSpan Elapsed => Clock.Elapsed;

    public static void Note(string message) => Console.Error.WriteLine($"[{Clock.Elapsed:mm\\:ss}] {message}");
}
