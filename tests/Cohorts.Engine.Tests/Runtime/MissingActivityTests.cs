using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;

namespace Cohorts.Engine.Tests.Runtime;

public sealed class MissingActivityTests
{
    private const string PluginFlow = """
        {
          "format": 1,
          "id": "plugin-flow",
          "name": "Plugin flow",
          "timeZone": "Europe/Paris",
          "root": {
            "type": "Sequence",
            "id": "main",
            "activities": [
              { "type": "WaitForSignal", "id": "go", "signal": "go" },
              { "type": "Probe", "id": "plugin", "label": "from-plugin" },
              { "type": "SetVariable", "id": "done", "variable": "done", "value": true }
            ]
          }
        }
        """;

    [Fact]
    public async Task SignalAsync_ActivityTypeUnknownAfterRestart_FaultsWithAnIncidentNamingTheType()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.Catalog.PublishJsonAsync(PluginFlow);
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });

        // The host comes back without the plugin that registered Probe.
        await harness.RestartAsync(configure: null);
        var resumed = await harness.Runtime.SignalAsync("go", "company-1");

        Assert.Equal(WorkflowStatus.Faulted, Assert.Single(resumed.Resumptions).Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Equal(("plugin", "Probe"), (incident.ActivityId, incident.ActivityType));
        Assert.Contains("'Probe'", incident.Message, StringComparison.Ordinal);
        Assert.Empty(probes.Hits);
        var instance = await harness.Runtime.GetInstanceAsync(started.InstanceId);
        Assert.False(instance.State.Variables.ContainsKey("done"));
    }

    [Fact]
    public async Task StartAsync_ActivityTypeUnknown_FaultsAtOnceWithoutACrash()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        await harness.Catalog.PublishJsonAsync(PluginFlow.Replace("""{ "type": "WaitForSignal", "id": "go", "signal": "go" },""", string.Empty, StringComparison.Ordinal));
        await harness.RestartAsync(configure: null);

        var latest = await harness.Catalog.GetLatestAsync("plugin-flow");
        var started = await harness.Runtime.StartAsync("plugin-flow");

        Assert.IsType<MissingActivity>(latest.FindActivity("plugin"));
        Assert.Equal(WorkflowStatus.Faulted, started.Status);
        var incident = Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None));
        Assert.Equal("Probe", incident.ActivityType);
        Assert.Null(incident.ExceptionType);
    }

    [Fact]
    public async Task RetryAsync_AfterThePluginIsBack_RunsTheActivityAndCompletes()
    {
        var probes = new ProbeLog();
        await using var harness = await EngineHarness.CreateAsync(TestWorkflows.WithProbes(probes));
        var definition = await harness.Catalog.PublishJsonAsync(PluginFlow);
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = "company-1" });
        await harness.RestartAsync(configure: null);
        await harness.Runtime.SignalAsync("go", "company-1");

        await harness.RestartAsync(TestWorkflows.WithProbes(probes));
        var retried = await harness.Runtime.RetryAsync(started.InstanceId);

        Assert.Equal(WorkflowStatus.Completed, retried.Status);
        Assert.Equal(["from-plugin"], probes.Hits.Select(h => h.Label));
        Assert.NotNull(Assert.Single(await harness.Store.GetIncidentsAsync(started.InstanceId, CancellationToken.None)).ResolvedAt);
    }
}
