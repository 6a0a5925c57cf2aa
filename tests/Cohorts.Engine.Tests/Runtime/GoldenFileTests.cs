using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Runtime;
using Cohorts.Engine.Time;

namespace Cohorts.Engine.Tests.Runtime;

/// <summary>
/// Persisted-format compatibility. The files in <c>golden/</c> were written by this version from a real run of
/// <see cref="OnboardingScenarioAsync"/>: the definition JSON as published, and the state of an instance that has applied
/// signal <c>msg-1</c> and waits in a Race for a signal or a deadline. Later versions must load and resume them as
/// they are; when the formats change on purpose, add new golden files beside these and keep these tests.
/// </summary>
public sealed partial class GoldenFileTests
{
    private const string DefinitionFile = "onboarding-v1.definition.json";
    private const string StateFile = "onboarding-v1.state.json";
    private const string CorrelationId = "company-acme";
    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    [Fact]
    public async Task SignalAsync_GoldenInstanceLoadedIntoFreshDatabase_ResumesAndCompletes()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var instanceId = await LoadGoldenInstanceAsync(harness);

        var repeated = await harness.Runtime.SignalAsync("approved", "company-Acme", signalId: "msg-1");
        var approved = await harness.Runtime.SignalAsync("approved", "company-Acme", JsonNode.Parse("""{ "by": "Ana" }"""), signalId: "msg-2");

        Assert.Equal(ResumeOutcome.AlreadyApplied, Assert.Single(repeated.Resumptions).Outcome);
        Assert.Equal((instanceId, WorkflowStatus.Completed), (Assert.Single(approved.Resumptions).InstanceId, approved.Resumptions[0].Status));
        var instance = await harness.Runtime.GetInstanceAsync(instanceId);
        Assert.Equal("approved by Ana", instance.State.Variables["stage"]!.GetValue<string>());
        Assert.Equal(0, await harness.CountBookmarkRowsAsync());
        Assert.Null(await harness.Runtime.GetNextTimerDueAtAsync());
        var log = await harness.GetLogAsync(instanceId);
        Assert.Equal("approval", Assert.Single(log, e => e.Event == ExecutionEvent.ActivityCompleted && e.ActivityId == "race").Detail);
    }

    [Fact]
    public async Task TriggerDueTimersAsync_GoldenInstanceLoadedIntoFreshDatabase_FiresTheStoredDeadline()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var instanceId = await LoadGoldenInstanceAsync(harness);

        // cohortStart 2025-01-06 (midnight in Paris) plus P1M, as computed when the golden state was written.
        var deadline = new DateTimeOffset(2025, 2, 5, 23, 0, 0, TimeSpan.Zero);
        Assert.Equal(deadline, await harness.Runtime.GetNextTimerDueAtAsync());
        var fired = await harness.RunTimersUntilAsync(EngineHarness.Start.AddMonths(3));

        Assert.Equal([deadline], fired);
        var instance = await harness.Runtime.GetInstanceAsync(instanceId);
        Assert.Equal(WorkflowStatus.Completed, instance.Status);
        Assert.Equal("expired", instance.State.Variables["stage"]!.GetValue<string>());
        Assert.Empty((await harness.Runtime.SignalAsync("approved", "company-Acme")).Resumptions);
    }

    [Fact]
    public async Task OnboardingScenario_RunByThisVersion_WritesTheGoldenFormats()
    {
        await using var harness = await EngineHarness.CreateAsync();

        var (definitionJson, instance) = await OnboardingScenarioAsync(harness);

        // Ids are made afresh on every run (version 7 Guids); everything else must be written exactly as in the files.
        Assert.Equal(ReadGolden(DefinitionFile), definitionJson);
        Assert.Equal(Normalized(ReadGolden(StateFile)), Normalized(InstanceStateSerializer.Serialize(instance.State)));
    }

    /// <summary>The run the golden files were captured from (the state after the last step).</summary>
    private static async Task<(string DefinitionJson, WorkflowInstance Instance)> OnboardingScenarioAsync(EngineHarness harness)
    {
        var definition = await harness.PublishAsync(WorkflowBuilder.Create("golden-onboarding", "Onboarding")
            .InTimeZone(TestWorkflows.ZoneId)
            .WithVariable("cohortStart", "2025-01-06")
            .WithVariable("company", "Acme")
            .WithRoot(new Sequence
            {
                Id = "main",
                Activities =
                [
                    new WaitForSignal { Id = "applied", Signal = "applied", ResultVariable = "application" },
                    new SetVariable { Id = "stage-applied", Variable = "stage", Value = "applied" },
                    new ForEach
                    {
                        Id = "steps",
                        Items = "['kickoff']",
                        Variable = "step",
                        IndexVariable = "stepIndex",
                        Body = new Race
                        {
                            Id = "race",
                            Branches =
                            [
                                new WaitForSignal { Id = "approval", Signal = "approved", CorrelationKey = "company-${company}", ResultVariable = "approval" },
                                new WaitUntil { Id = "deadline", At = "cohortStart", Offset = IsoDuration.FromMonths(1) },
                            ],
                        },
                    },
                    new SetVariable { Id = "stage-final", Variable = "stage", Expression = "variables.approval ? 'approved by ' + variables.approval.by : 'expired'" },
                ],
            }));
        var started = await harness.Runtime.StartAsync(definition, new() { CorrelationId = CorrelationId, Input = JsonNode.Parse("""{ "source": "web" }""") });
        harness.Clock.Advance(TimeSpan.FromHours(2));
        await harness.Runtime.SignalAsync("applied", CorrelationId, JsonNode.Parse("""{ "employees": 12 }"""), signalId: "msg-1");
        return (harness.Catalog.ToJson(definition), await harness.Runtime.GetInstanceAsync(started.InstanceId));
    }

    /// <summary>Publishes the golden definition and inserts the golden instance as the store's own commit would.</summary>
    private static async Task<Guid> LoadGoldenInstanceAsync(EngineHarness harness)
    {
        var definition = await harness.Catalog.PublishJsonAsync(ReadGolden(DefinitionFile));
        var state = InstanceStateSerializer.Deserialize(ReadGolden(StateFile));
        var instanceId = state.Bookmarks[0].InstanceId;
        var instance = new WorkflowInstance(instanceId, definition.DefinitionId, definition.Version, CorrelationId, EngineHarness.Start, state)
        {
            Status = WorkflowStatus.Suspended,
            Version = 2,
            UpdatedAt = EngineHarness.Start.AddHours(2),
        };
        await harness.Store.CommitAsync(new StepCommit(instance, 0, true, [.. state.Bookmarks], [], [], []), CancellationToken.None);
        return instanceId;
    }

    private static string ReadGolden(string name, [CallerFilePath] string sourceFile = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(sourceFile)!, "golden", name)).ReplaceLineEndings("\n").TrimEnd('\n');

    /// <summary>Indented (the golden file is, for reading and diffs) and with every Guid replaced.</summary>
    private static string Normalized(string json) =>
        GuidPattern().Replace(JsonNode.Parse(json)!.ToJsonString(IndentedJson), "<guid>");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.CultureInvariant)]
    private static partial Regex GuidPattern();
}
