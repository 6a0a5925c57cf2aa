using System.Diagnostics;
using Cohorts.Workflows.Simulation;
using Cohorts.Workflows.Templates;

namespace Cohorts.Bench;

/// <summary>
/// A programme manager's preview (docs/domain.md, Simulation): one simulated year of Boost Innovation for 100
/// companies and 5 coaches, everything going to plan (1,200 coaching sessions, 24 events, 200 milestone reviews, each
/// answered on time through the domain's services), in a private world (in-memory engine store, private in-memory
/// SQLite, simulated clock). One measured run, after one small unmeasured run that loads and compiles the code paths.
/// </summary>
internal static class SimulationBenchmark
{
    private static readonly DateOnly Start = new(2025, 1, 6);

    public static async Task<Figure> RunAsync()
    {
        await SimulateAsync(companies: 10, coaches: 2);

        var stopwatch = Stopwatch.StartNew();
        var result = await SimulateAsync(companies: 100, coaches: 5);
        stopwatch.Stop();
        if (!result.Completion.AllCompleted || result.Completion.Graduated != 100 || result.FinalTotals.SessionsHeld != 1_224)
        {
            throw new InvalidOperationException($"The simulation did not run to plan: {result.Completion}, {result.FinalTotals}.");
        }

        return new Figure("simulate_year_100_companies_ms", stopwatch.Elapsed.TotalMilliseconds, "ms");
    }

    private static Task<SimulationResult> SimulateAsync(int companies, int coaches) =>
        ProgrammeSimulator.SimulateAsync(SimulationRequest.For(ProgrammeTemplates.Get("boost-innovation"), Start, companies, coaches));
}
