using System.Text.Json.Nodes;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;

namespace Cohorts.Engine.Tests.Persistence;

/// <summary>Engine objects for persistence tests, at fixed instants.</summary>
internal static class PersistenceTestData
{
    /// <summary>A fixed "now": 2 March 2026, 09:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static WorkflowInstance Instance(
        Guid? id = null,
        string definitionId = "onboarding",
        string? correlationId = "acme",
        long version = 1,
        WorkflowStatus status = WorkflowStatus.Suspended,
        DateTimeOffset? createdAt = null,
        IEnumerable<Bookmark>? bookmarks = null)
    {
        var state = new InstanceState
        {
            Variables = new JsonObject { ["company"] = "Acme", ["step"] = 1 },
            Input = new JsonObject { ["seats"] = 3 },
            NextExecutionId = 3,
            Executions =
            [
                new ActivityExecution { Id = 1, ActivityId = "root", StartedAt = createdAt ?? Now },
                new ActivityExecution { Id = 2, ActivityId = "wait", ParentId = 1, StartedAt = createdAt ?? Now },
            ],
            Bookmarks = [.. bookmarks ?? []],
        };
        return new WorkflowInstance(id ?? Guid.NewGuid(), definitionId, 1, correlationId, createdAt ?? Now, state)
        {
            Status = status,
            Version = version,
        };
    }

    public static Bookmark Signal(Guid instanceId, string name = "approved", string correlationKey = "acme", DateTimeOffset? createdAt = null, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), instanceId, 2, "wait", BookmarkKind.Signal, name, correlationKey, null, createdAt ?? Now);

    public static Bookmark Timer(Guid instanceId, DateTimeOffset dueAt, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), instanceId, 2, "delay", BookmarkKind.Timer, Bookmark.TimerName, null, dueAt, Now);

    public static ExecutionLogEntry Log(Guid instanceId, ExecutionEvent @event, string? detail = null, DateTimeOffset? at = null) =>
        new(instanceId, at ?? Now, @event, "wait", "WaitForSignal", detail);

    public static Incident Incident(Guid instanceId, Guid? id = null, DateTimeOffset? resolvedAt = null) =>
        new(id ?? Guid.NewGuid(), instanceId, "send", "SendEmail", "SMTP refused", "System.Net.Mail.SmtpException", Now, resolvedAt);

    /// <summary>A commit that inserts <paramref name="instance"/> (at its version, expected 0) with its state's bookmarks as rows.</summary>
    public static StepCommit Insert(WorkflowInstance instance, IReadOnlyList<ExecutionLogEntry>? log = null, IReadOnlyList<Incident>? incidents = null) =>
        new(instance, 0, true, [.. instance.State.Bookmarks], [], log ?? [], incidents ?? []);

    public static StepCommit Update(
        WorkflowInstance instance,
        long expectedVersion,
        IReadOnlyList<Bookmark>? added = null,
        IReadOnlyList<Bookmark>? removed = null,
        IReadOnlyList<ExecutionLogEntry>? log = null,
        IReadOnlyList<Incident>? incidents = null) =>
        new(instance, expectedVersion, false, added ?? [], removed ?? [], log ?? [], incidents ?? []);
}
