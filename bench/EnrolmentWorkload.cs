using System.Globalization;
using System.Text.Json.Nodes;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Runtime;

namespace Cohorts.Bench;

/// <summary>
/// Drives the enrolment definition as one client would: sequential awaits, one instance at a time. Every call is
/// checked (the instance waits on exactly one bookmark after start; the signal resumes and completes it), so a figure
/// never counts work that did not happen.
/// </summary>
internal static class EnrolmentWorkload
{
    private static readonly JsonNode Input = BenchWorkflows.Input();
    private static readonly JsonNode Payload = BenchWorkflows.ApprovalPayload();

    /// <summary>Starts one instance per correlation id (by definition id, as a host does) and runs each to its first bookmark.</summary>
    public static async Task StartAllAsync(WorkflowRuntime runtime, IEnumerable<string> correlationIds)
    {
        foreach (var correlationId in correlationIds)
        {
            var started = await runtime.StartAsync(BenchWorkflows.EnrolmentId, new StartWorkflowOptions { CorrelationId = correlationId, Input = Input });
            if (started.Status != WorkflowStatus.Suspended || started.Bookmarks.Count != 1)
            {
                throw new InvalidOperationException($"Instance {started.InstanceId} ({correlationId}) is {started.Status} with {started.Bookmarks.Count} bookmarks after start.");
            }
        }
    }

    /// <summary>Sends the approval signal to each correlation id; each must resume one instance and complete it.</summary>
    public static async Task SignalAllAsync(WorkflowRuntime runtime, IEnumerable<string> correlationIds)
    {
        foreach (var correlationId in correlationIds)
        {
            var signalled = await runtime.SignalAsync(BenchWorkflows.ApprovalSignal, correlationId, Payload);
            if (signalled.Resumptions is not [{ Outcome: ResumeOutcome.Resumed, Status: WorkflowStatus.Completed }])
            {
                throw new InvalidOperationException(
                    $"Signal to {correlationId} gave [{string.Join(", ", signalled.Resumptions.Select(r => $"{r.Outcome}/{r.Status}"))}], not one completed instance.");
            }
        }
    }

    /// <summary>Starts and completes instances, unmeasured, so the measured calls run warm code and caches.</summary>
    public static async Task WarmUpAsync(WorkflowRuntime runtime, string prefix, int count)
    {
        var correlationIds = CorrelationIds(prefix, count);
        await StartAllAsync(runtime, correlationIds);
        await SignalAllAsync(runtime, correlationIds);
    }

    /// <summary>Makes <paramref name="count"/> distinct correlation ids with a prefix.</summary>
    public static IReadOnlyList<string> CorrelationIds(string prefix, int count) =>
        [.. Enumerable.Range(0, count).Select(i => CorrelationId(prefix, i))];

    /// <summary>The correlation id numbered <paramref name="index"/> with a prefix: <c>company-0000042</c>.</summary>
    public static string CorrelationId(string prefix, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{index:D7}");
}
