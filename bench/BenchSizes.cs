using System.Globalization;

namespace Cohorts.Bench;

/// <summary>How much work each section measures.</summary>
/// <param name="Mode">"quick" or "full".</param>
/// <param name="JitWarmUp">
/// Starts and resumes run, unmeasured, before the first engine section: long enough for tiered compilation to finish
/// optimizing the hot paths (EF Core, Jint, System.Text.Json), which takes a few thousand calls.
/// </param>
/// <param name="WarmUp">Operations run, unmeasured, before each later section (a new runtime's caches and connections).</param>
/// <param name="Block">Operations per measured block; a section's rates are measured in interleaved blocks.</param>
/// <param name="Operations">Raw transactions, starts and resumes measured on a fresh database.</param>
/// <param name="ScaleOperations">Starts, then resumes, measured on each scale database (added on top of what it stores).</param>
/// <param name="SmallStore">The suspended instances stored in the smaller scale database.</param>
/// <param name="LargeStore">The suspended instances stored in the larger scale database.</param>
/// <param name="Timers">Due timers fired.</param>
/// <param name="HttpWarmUpSeconds">Each HTTP load's unmeasured warm-up at 1,000 cohorts.</param>
/// <param name="HttpSeconds">Each HTTP load's measured time at 1,000 cohorts.</param>
/// <param name="SimulationWarmUps">Full-size simulations run, unmeasured, before the measured ones.</param>
/// <param name="SimulationRuns">Full-size simulations measured (the median is reported).</param>
internal sealed record BenchSizes(
    string Mode,
    int JitWarmUp,
    int WarmUp,
    int Block,
    int Operations,
    int ScaleOperations,
    int SmallStore,
    int LargeStore,
    int Timers,
    double HttpWarmUpSeconds,
    double HttpSeconds,
    int SimulationWarmUps,
    int SimulationRuns)
{
    public static BenchSizes Quick { get; } = new("quick", 3_000, 300, 100, 1_500, 1_500, 1_000, 100_000, 1_500, 1, 4, 5, 3);

    public static BenchSizes Full { get; } = new("full", 3_000, 500, 100, 10_000, 5_000, 1_000, 100_000, 10_000, 5, 15, 8, 5);

    /// <summary>Names a stored-instance level in figure names: 1000 is "1k", 100000 is "100k".</summary>
    public static string Label(int stored) =>
        stored % 1_000 == 0 ? string.Create(CultureInfo.InvariantCulture, $"{stored / 1_000}k") : stored.ToString(CultureInfo.InvariantCulture);
}
