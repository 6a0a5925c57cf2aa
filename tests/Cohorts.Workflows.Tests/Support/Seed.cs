using Cohorts.Engine.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Support;

/// <summary>Programmes and cohorts for tests: a programme running given steps, and a small cohort.</summary>
public static class Seed
{
    public const string ProgrammeId = "boost-innovation";
    public const string JourneyId = "journey";
    public const string CohortEventsId = "cohort-events";

    /// <summary>A cohort of three companies and two coaches (capacity two each), one funder, from 6 January 2025 for a year.</summary>
    public static CohortPlan Plan(
        IReadOnlyList<CompanyApplication>? companies = null,
        IReadOnlyList<CoachProfile>? coaches = null,
        IReadOnlyList<FunderShare>? funders = null) =>
        new(
            ProgrammeId,
            "Les bâtisseurs",
            new DateOnly(2025, 1, 6),
            new DateOnly(2025, 12, 19),
            companies ??
            [
                new("Acme Industrie", "industry", 40, "Chartres", "contact@acme.example", ["industry", "export"]),
                new("Boulangerie Martin", "food", 8, "Dreux", "martin@boulangerie.example", ["digital"]),
                new("Cimenterie Vallet", "industry", 120, "Nogent", "vallet@cimenterie.example", ["industry"]),
            ],
            coaches ??
            [
                new("Alice Durand", "alice@coaches.example", 2, ["industry", "export"]),
                new("Bruno Petit", "bruno@coaches.example", 2, ["digital", "marketing"]),
            ],
            funders ?? [new("Conseil départemental", "cd28@example.org", 0.5m)]);

    /// <summary>Adds the test programme, whose companies run <paramref name="journey"/> (and the cohort, <paramref name="cohortEvents"/>).</summary>
    public static async Task AddProgrammeAsync(WorkflowsHarness harness, Activity[] journey, Activity[]? cohortEvents = null)
    {
        await harness.PublishAsync(JourneyId, journey);
        if (cohortEvents is not null)
        {
            await harness.PublishAsync(CohortEventsId, cohortEvents);
        }

        var programme = new Programme(ProgrammeId, "Boost Innovation", "Coaching for innovative companies", JourneyId, 12, "Europe/Paris", 0.5m, "Conseil départemental")
        {
            CohortDefinitionId = cohortEvents is null ? null : CohortEventsId,
        };
        await harness.Programmes.AddAsync(programme);
    }

    /// <summary>Adds the programme, creates the cohort and launches it.</summary>
    public static async Task<TestCohort> LaunchAsync(WorkflowsHarness harness, Activity[] journey, Activity[]? cohortEvents = null, CohortPlan? plan = null)
    {
        await AddProgrammeAsync(harness, journey, cohortEvents);
        var launch = await harness.Launcher.CreateAndLaunchAsync(plan ?? Plan());
        return await ReadAsync(harness, launch.CohortId);
    }

    /// <summary>Reads a cohort's rows.</summary>
    public static async Task<TestCohort> ReadAsync(WorkflowsHarness harness, Guid cohortId)
    {
        await using var db = await harness.OpenDbAsync();
        return new TestCohort(
            cohortId,
            await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId).OrderBy(c => c.Name).ToListAsync(),
            await db.Coaches.AsNoTracking().Where(c => c.CohortId == cohortId).OrderBy(c => c.Name).ToListAsync(),
            await db.Funders.AsNoTracking().Where(f => f.CohortId == cohortId).OrderBy(f => f.Name).ToListAsync());
    }

    /// <summary>Reads a company as it is now.</summary>
    public static async Task<Company> CompanyAsync(WorkflowsHarness harness, Guid companyId)
    {
        await using var db = await harness.OpenDbAsync();
        return await db.Companies.AsNoTracking().SingleAsync(c => c.Id == companyId);
    }

    /// <summary>Reads a company's sessions, in time order.</summary>
    public static async Task<List<Session>> SessionsOfAsync(WorkflowsHarness harness, Guid companyId)
    {
        await using var db = await harness.OpenDbAsync();
        var sessions = await db.Sessions.AsNoTracking().OrderBy(s => s.PlannedAt).ToListAsync();
        return [.. sessions.Where(s => s.CompanyIds.Contains(companyId))];
    }

    /// <summary>Reads every session, in time order.</summary>
    public static async Task<List<Session>> AllSessionsAsync(WorkflowsHarness harness)
    {
        await using var db = await harness.OpenDbAsync();
        return await db.Sessions.AsNoTracking().OrderBy(s => s.PlannedAt).ThenBy(s => s.Title).ToListAsync();
    }

    /// <summary>Reads the notifications, oldest first.</summary>
    public static async Task<List<Notification>> NotificationsAsync(WorkflowsHarness harness)
    {
        await using var db = await harness.OpenDbAsync();
        return await db.Notifications.AsNoTracking().OrderBy(n => n.CreatedAt).ThenBy(n => n.Kind).ToListAsync();
    }
}
