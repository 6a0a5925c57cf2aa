using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Simulation;
using Cohorts.Workflows.Templates;

namespace Cohorts.Workflows.Tests.Simulation;

/// <summary>The Tournée de l'innovation previewed whole: its forty stops, each followed by the needs questionnaire.</summary>
public sealed class TourneeSimulationTests
{
    [Fact]
    public async Task SimulateAsync_Tournee_FortyStopsClosingOnSeventhOctober()
    {
        var result = await ProgrammeSimulator.SimulateAsync(SimulationRequest.For(ProgrammeTemplates.Get("tournee-de-l-innovation"), new DateOnly(2019, 6, 1), 10, 1));

        Assert.True(result.Completion.Incidents.Count == 0, string.Join("\n", result.Completion.Incidents));
        var stops = result.Calendar.Where(e => e.Kind == "Workshop").ToList();
        Assert.Equal(40, stops.Count);
        Assert.Equal(new DateOnly(2019, 10, 7), DateOnly.FromDateTime(stops[^1].At.Date));
        Assert.Equal(9, Assert.Single(stops, s => s.Location == "Albert").At.Month);
        Assert.Equal(40m, Assert.Single(result.Targets, t => t.Kpi == KpiKind.SessionsHeld).FinalValue);
    }
}
