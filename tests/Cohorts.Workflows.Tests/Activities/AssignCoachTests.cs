using Cohorts.Engine.Activities;
using Cohorts.Engine.Instances;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Activities;

public sealed class AssignCoachTests
{
    private static Activity[] Journey => [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), new WaitForSignal { Signal = "never" }];

    [Fact]
    public async Task Execute_CoachesWithRoom_PicksTheBestExpertiseMatch()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        var cohort = await Seed.LaunchAsync(harness, Journey);

        var alice = cohort.Coach("Alice Durand").Id;
        var bruno = cohort.Coach("Bruno Petit").Id;
        Assert.Equal((alice, bruno, alice), (cohort.Company("Acme Industrie").CoachId, cohort.Company("Boulangerie Martin").CoachId, cohort.Company("Cimenterie Vallet").CoachId));
        Assert.All(cohort.Companies, c => Assert.Equal(CompanyStatus.Active, c.Status));
        var acme = cohort.Company("Acme Industrie").Id;
        Assert.Equal(alice.ToString(), (string?)await harness.VariableAsync(acme, "coachId"));
        Assert.Equal(["Assigned"], await harness.OutcomesAsync(acme, "AssignCoach"));
    }

    [Fact]
    public async Task Execute_BestMatchAtCapacity_PicksACoachWithRoom()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var plan = Seed.Plan(coaches: [new("Alice Durand", "alice@coaches.example", 1, ["industry", "export"]), new("Bruno Petit", "bruno@coaches.example", 2, ["digital"])]);

        var cohort = await Seed.LaunchAsync(harness, Journey, plan: plan);

        var alice = cohort.Coach("Alice Durand").Id;
        var bruno = cohort.Coach("Bruno Petit").Id;
        Assert.Equal((alice, bruno, bruno), (cohort.Company("Acme Industrie").CoachId, cohort.Company("Boulangerie Martin").CoachId, cohort.Company("Cimenterie Vallet").CoachId));
    }

    [Fact]
    public async Task Execute_EqualExpertise_BalancesAcrossCoachesThenByName()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var plan = Seed.Plan(
            companies: [.. Enumerable.Range(1, 4).Select(i => new CompanyApplication($"Company {i}", "industry", 10, "Dreux", $"c{i}@example.org", ["industry"]))],
            coaches: [new("Zoé Martin", "zoe@coaches.example", 5, ["industry"]), new("Yann Leroy", "yann@coaches.example", 5, ["industry"])]);

        var cohort = await Seed.LaunchAsync(harness, Journey, plan: plan);

        var yann = cohort.Coach("Yann Leroy").Id;
        var zoe = cohort.Coach("Zoé Martin").Id;
        Assert.Equal([yann, zoe, yann, zoe], cohort.Companies.Select(c => c.CoachId!.Value));
    }

    [Fact]
    public async Task Execute_EveryCoachFull_WaitsForTheManagerWhoseAssignmentResumesIt()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var plan = Seed.Plan(coaches: [new("Alice Durand", "alice@coaches.example", 1, ["industry"]), new("Bruno Petit", "bruno@coaches.example", 1, ["digital"])]);
        var cohort = await Seed.LaunchAsync(harness, Journey, plan: plan);
        var cimenterie = cohort.Company("Cimenterie Vallet");
        var alice = cohort.Coach("Alice Durand");
        Assert.Null(cimenterie.CoachId);
        var waiting = Assert.Single((await harness.InstanceAsync(cimenterie.Id)).State.Bookmarks);
        Assert.Equal(("coach-assigned", $"company-{cimenterie.Id}"), (waiting.Name, waiting.CorrelationKey));

        var full = await Assert.ThrowsAsync<DomainRuleException>(() => harness.CoachAssignment.AssignAsync(cimenterie.Id, alice.Id));
        Assert.Equal("coachId", full.Field);
        Assert.Contains("at capacity (1 of 1 companies)", full.Message, StringComparison.Ordinal);

        await using (var db = await harness.OpenDbAsync())
        {
            (await db.Companies.SingleAsync(c => c.Id == cohort.Company("Acme Industrie").Id)).MoveTo(CompanyStatus.DroppedOut, "Closed down");
            await db.SaveChangesAsync();
        }

        var assignment = await harness.CoachAssignment.AssignAsync(cimenterie.Id, alice.Id);

        Assert.True(assignment.WorkflowResumed);
        Assert.Equal(alice.Id.ToString(), (string?)await harness.VariableAsync(cimenterie.Id, "coachId"));
        Assert.Equal(["Assigned"], await harness.OutcomesAsync(cimenterie.Id, "AssignCoach"));
        Assert.Equal((alice.Id, CompanyStatus.Active), ((await Seed.CompanyAsync(harness, cimenterie.Id)).CoachId, (await Seed.CompanyAsync(harness, cimenterie.Id)).Status));
    }

    [Fact]
    public async Task Execute_CompanyRejected_FaultsWithAClearIncident()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohort = await Seed.LaunchAsync(harness, [new Intake(), new Screening(), new AssignCoach()]);
        var acme = cohort.Company("Acme Industrie");

        await harness.Screening.DecideAsync(acme.Id, "rejected", "Out of scope");

        Assert.Equal(WorkflowStatus.Faulted, (await harness.InstanceAsync(acme.Id)).Status);
        Assert.Contains("is not in the programme (status Rejected)", Assert.Single(await harness.IncidentsAsync(acme.Id)), StringComparison.Ordinal);
    }
}
