using System.Diagnostics;
using Cohorts.Workflows.Simulation;
using Cohorts.Workflows.Templates;

namespace Cohorts.Bench;

/// <summary>
/// A programme manager's preview (docs/domain.md, Simulation): one simulated year of Boost Innovation for 100
/// companies and 5 coaches, everything going to plan (1,200 coaching sessions, 24 events, 200 milestone reviews, each
/// answered on time through the domain's services), in a private world (in-memory engine store, private in-memory
/// SQLite, simulated clock). The median of the measured runs (<see cref="BenchSizes.SimulationRuns"/>), in a warm process: first one small run and
/// <see cref="BenchSizes.SimulationWarmUps"/> full-size runs go unmeasured, because the first full-size runs of a process are dominated by
/// tiered compilation (seconds each here, against about half a second once EF Core, Jint and the domain's code are
/// optimized; under load the JIT needs about eight runs to settle), and a host that serves previews is a warm process.
/// The first full-size run is reported too, as the cold figure (a preview right after the host starts).
/// </summary>
internal static class SimulationBenchmark
{
    private static readonly DateOnly Start = new(2025, 1, 6);

    public static async Task<IReadOnlyList<Figure>> RunAsync(BenchSizes sizes)
    {
        await SimulateAsync(companies: 10, coaches: 2);
        var cold = Stopwatch.StartNew();
        Check(await SimulateAsync(companies: 100, coaches: 5));
        cold.Stop();
        for (var i = 1; i < sizes.SimulationWarmUps; i++)
        {
            Check(await SimulateAsync(companies: 100, coaches: 5));
        }

        var times = new List<double>();
        for (var i = 0; i < sizes.SimulationRuns; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            var result = await SimulateAsync(companies: 100, coaches: 5);
            stopwatch.Stop();
            Check(result);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return
        [
            new Figure("simulate_year_100_companies_ms", times[times.Count / 2], "ms"),
            new Figure("simulate_year_100_companies_first_run_ms", cold.Elapsed.TotalMilliseconds, "ms"),
        ];
    }

    private static void Check(SimulationResult result)
    {
        if (!result.Completion.AllCompleted || result.Completion.Graduated != 100 || result.FinalTotals.SessionsHeld != 1_224)
        {
            throw new InvalidOperationException($"The simulation did not run to plan: {result.Completion}, {result.FinalTotals}; {string.Join(" | ", result.Completion.Incidents.Take(2))}");
        }
    }

    private static Task<SimulationResult> SimulateAsync(int companies, int coaches) =>
        ProgrammeSimulator.SimulateAsync(SimulationRequest.For(ProgrammeTemplates.Get("boost-innovation"), Start, companies, coaches));
}
