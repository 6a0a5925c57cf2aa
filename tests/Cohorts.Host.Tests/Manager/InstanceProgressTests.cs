using Cohorts.Engine.Instances;
using Cohorts.Host.Diagrams;

namespace Cohorts.Host.Tests.Manager;

public sealed class InstanceProgressTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_FaultedInstance_MarksTheFaultedActivityOverDoneAndNowOnlyTheLeaves()
    {
        var state = new InstanceState
        {
            Executions =
            [
                new ActivityExecution { Id = 1, ActivityId = "journey" },
                new ActivityExecution { Id = 2, ActivityId = "sessions", ParentId = 1 },
                new ActivityExecution { Id = 3, ActivityId = "session", ParentId = 2 },
                new ActivityExecution { Id = 4, ActivityId = "review", ParentId = 1 },
            ],
            Fault = new FaultState { FailedWork = new WorkItem(WorkItemKind.Execute, 4) },
        };
        var instance = new WorkflowInstance(Guid.NewGuid(), "journey", 1, null, At, state) { Status = WorkflowStatus.Faulted };
        ExecutionLogEntry Log(ExecutionEvent what, string activity) => new(instance.Id, At, what, activity, "Any", null);

        var states = InstanceProgress.Of(instance, [Log(ExecutionEvent.ActivityCompleted, "intake"), Log(ExecutionEvent.ActivityCompleted, "session"), Log(ExecutionEvent.ActivityCompleted, "review"), Log(ExecutionEvent.ActivityStarted, "later")]);

        Assert.Equal(DiagramState.Done, states["intake"]);
        Assert.Equal(DiagramState.Now, states["session"]);
        Assert.Equal(DiagramState.Faulted, states["review"]);
        Assert.False(states.ContainsKey("journey"));
        Assert.False(states.ContainsKey("sessions"));
        Assert.False(states.ContainsKey("later"));
    }
}
