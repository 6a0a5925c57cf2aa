using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.DependencyInjection;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Workflows.Tests.Kpis;

/// <summary>How many milestones a company journey plans for each company, read from its definition.</summary>
public sealed class JourneyMilestonesTests
{
    private static readonly ServiceProvider Services = new ServiceCollection().AddCohortsWorkflows().BuildServiceProvider();

    [Theory]
    [InlineData("boost-innovation", 2)] // the mid-term review beside the sessions, then the final review
    [InlineData("openlab-exploration-innovation", 0)]
    public void PerCompany_TheTemplatesJourneys(string template, int expected)
    {
        var json = ProgrammeTemplates.Get(template).CompanyWorkflowJson;
        var definition = Services.GetRequiredService<DefinitionSerializer>().Read(json, DefinitionReadMode.Strict).GetDefinitionOrThrow();

        Assert.Equal(expected, JourneyMilestones.PerCompany(definition));
    }

    [Fact]
    public void PerCompany_OfBranchesOneRuns_TheMost_AndOfASequenceEach()
    {
        var definition = Journey(
            Review("first"),
            new If { Condition = "input.admitted", Then = new Sequence { Activities = [Review("then-1"), Review("then-2")] }, Else = Review("else") },
            new Engine.Activities.Parallel { Branches = [Review("beside"), new Intake()] });

        Assert.Equal(4, JourneyMilestones.PerCompany(definition));
    }

    [Fact]
    public void PerCompany_AReviewInARecurrence_IsNotKnown()
    {
        var definition = Journey(
            Review("first"),
            new RecurringSessions { Every = IsoDuration.FromMonths(1), Count = 3, Body = Review("monthly") });

        Assert.Null(JourneyMilestones.PerCompany(definition));
    }

    [Fact]
    public void PerCompany_ARecurrenceWithoutReviews_CountsNothing()
    {
        var definition = Journey(
            new RecurringSessions { Every = IsoDuration.FromMonths(1), Count = 3, Body = new CoachingSession { At = "plannedAt" } },
            Review("final"));

        Assert.Equal(1, JourneyMilestones.PerCompany(definition));
    }

    private static MilestoneReview Review(string id) => new() { Id = id, Name = id, At = "2025-03-03" };

    private static WorkflowDefinition Journey(params Activity[] activities)
    {
        var builder = WorkflowBuilder.Create("journey", "Journey").InTimeZone("Europe/Paris");
        foreach (var activity in activities)
        {
            builder.Then(activity);
        }

        return builder.Build(Services.GetRequiredService<ActivityRegistry>());
    }
}
