using Cohorts.Engine.Activities;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Tests.Support;

namespace Cohorts.Workflows.Tests.Activities;

public sealed class ActivityConsistencyTests
{
    private static readonly Type[] DomainActivities = [.. typeof(Intake).Assembly.GetTypes().Where(t => typeof(Activity).IsAssignableFrom(t) && !t.IsAbstract)];

    [Fact]
    public void DomainActivities_AreSealedAndNamedAsTheTemplatesExpect()
    {
        Assert.All(DomainActivities, t => Assert.True(t.IsSealed, $"{t.Name} is not sealed"));
        Assert.Equal(
            ["AssignCoach", "CoachingSession", "CollectForm", "CollectiveEvent", "Complete", "Intake", "MilestoneReview", "RecurringSessions", "Screening"],
            DomainActivities.Select(t => new ActivityRegistry().Register(t).Find(t)!.TypeName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AddCohortsWorkflows_RegistersEveryDomainActivity()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        Assert.All(DomainActivities, t => Assert.NotNull(harness.Registry.Find(t)));
    }

    [Fact]
    public void Settings_ByJsonName_AreTheContract()
    {
        var registry = new ActivityRegistry();
        string[] Settings<T>() => [.. registry.Register(typeof(T)).Find(typeof(T))!.Properties.Select(p => p.JsonName)];

        Assert.Equal(["autoAccept"], Settings<Screening>());
        Assert.Equal(["title", "at", "offset", "remindAfter", "escalateAfter", "skipCalendar", "location", "keepTime"], Settings<CoachingSession>());
        Assert.Equal(["every", "count", "occurrences", "until", "from", "offset", "planAhead", "body", "followUp", "followUpAfter", "skipCalendar"], Settings<RecurringSessions>());
        Assert.Equal(["kind", "title", "at", "offset", "organiser", "location", "host", "organisers", "expectedVisitors", "remindAfter", "escalateAfter", "skipCalendar", "ownDay", "length"], Settings<CollectiveEvent>());
        Assert.Equal(["name", "criteria", "at", "offset", "reviewer", "skipCalendar", "dueSoonBefore", "remindWhenOverdue"], Settings<MilestoneReview>());
        Assert.Equal(["status", "reason"], Settings<Complete>());
        Assert.Equal(["form", "to", "title", "sessionId", "due", "editableFor", "remindAfter", "escalateAfter", "variable"], Settings<CollectForm>());
        Assert.Empty(Settings<Intake>());
        Assert.Empty(Settings<AssignCoach>());
    }
}
