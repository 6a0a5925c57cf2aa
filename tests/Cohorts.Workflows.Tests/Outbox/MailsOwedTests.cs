using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Activities;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Outbox;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Outbox;

/// <summary>The e-mails the domain's events owe, written in the same transaction as their cause.</summary>
public sealed class MailsOwedTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(1);

    private static CompanyApplication[] OneCompany => [new("Acme Industrie", "industry", 40, "Chartres", "contact@acme.example", ["industry"])];

    [Fact]
    public async Task LateOutcome_OwesThePlannedSessionTheReminderToTheCoachAndTheEscalationToTheManagers()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        Activity[] journey = [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), new CoachingSession { At = "2025-01-13T10:00", Location = "Chartres" }];
        var cohort = await Seed.LaunchAsync(harness, journey, plan: Seed.Plan(companies: OneCompany));
        var session = Assert.Single(await Seed.SessionsOfAsync(harness, cohort.Company("Acme Industrie").Id));

        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 2, 28, 10, 0, 0, Paris));
        // A replayed timer (or a second run) owes nothing more.
        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 3, 28, 10, 0, 0, Paris));

        var owed = await OwedAsync(harness);
        Assert.Equal(
            [
                ("company-session-planned", "contact@acme.example"), // at the same instant: by kind
                ("screening-decision", "contact@acme.example"),
                ("session-planned", "alice@coaches.example"),
                ("outcome-reminder", "alice@coaches.example"),
                ("outcome-escalation", $"managers:{cohort.CohortId:D}"),
            ],
            owed.Select(m => (m.Kind, m.Recipient)));
        var planned = Data(owed[2]);
        Assert.Equal((session.Id.ToString(), "Chartres", "Acme Industrie", "2025-01-13T10:00:00+01:00"), ((string?)planned["sessionId"], (string?)planned["location"], (string?)planned["companies"], (string?)planned["plannedAt"]));
        var told = Data(owed[0]);
        Assert.Equal((session.Id.ToString(), "Chartres", "Acme Industrie", "Alice Durand", "2025-01-13T10:00:00+01:00"), ((string?)told["sessionId"], (string?)told["location"], (string?)told["company"], (string?)told["coach"], (string?)told["plannedAt"]));
        Assert.Equal("alice@coaches.example", (string?)told["replyTo"]);
        Assert.Equal($"session-{session.Id:D}/planned/company-{cohort.Company("Acme Industrie").Id:N}", owed[0].Key);
        Assert.Equal(("Alice Durand", "Acme Industrie"), ((string?)Data(owed[4])["coach"], (string?)Data(owed[4])["companies"]));
        Assert.Equal("Acme Industrie", (string?)Data(owed[3])["companies"]);
        Assert.Null((string?)Data(owed[1])["reasons"]);
    }

    [Fact]
    public async Task SessionPlannedAtATimeAlreadyPast_OwesTheCoachItsRecordingButTellsTheCompanyNothing()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var past = WorkflowsHarness.Start.AddDays(-3).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Activity[] journey = [new Intake(), new Screening { AutoAccept = true }, new AssignCoach(), new CoachingSession { At = past, Location = "Chartres", KeepTime = true }];

        await Seed.LaunchAsync(harness, journey, plan: Seed.Plan(companies: OneCompany));

        var kinds = (await OwedAsync(harness)).Select(m => m.Kind).ToList();
        Assert.Contains("session-planned", kinds);
        Assert.DoesNotContain("company-session-planned", kinds);
    }

    [Fact]
    public async Task ScreeningRejected_OwesTheCompanyTheDecisionWithItsReasons()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var acme = (await Seed.LaunchAsync(harness, [new Intake(), new Screening(), new WaitForSignal { Signal = "never" }], plan: Seed.Plan(companies: OneCompany))).Company("Acme Industrie");

        await harness.Screening.DecideAsync(acme.Id, "rejected", "Outside the programme's sectors.");

        var owed = Assert.Single(await OwedAsync(harness));
        Assert.Equal(("screening-decision", "contact@acme.example", $"company-{acme.Id:D}/screening-rejected"), (owed.Kind, owed.Recipient, owed.Key));
        var data = Data(owed);
        Assert.Equal(("rejected", "Acme Industrie", "Outside the programme's sectors."), ((string?)data["decision"], (string?)data["company"], (string?)data["reasons"]));
    }

    [Fact]
    public async Task MilestoneReviewWithReminders_OwesTheManagersDueSoonThenOverdue()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var review = new MilestoneReview { Name = "Mid-term review", Offset = IsoDuration.FromMonths(6), DueSoonBefore = IsoDuration.FromDays(7), RemindWhenOverdue = true };
        var cohort = await Seed.LaunchAsync(harness, [new Intake(), review], plan: Seed.Plan(companies: OneCompany));

        await harness.RunTimersUntilAsync(new DateTimeOffset(2025, 12, 31, 10, 0, 0, Paris));

        var owed = await OwedAsync(harness);
        Assert.Equal(
            [("milestone-due-soon", $"managers:{cohort.CohortId:D}"), ("milestone-overdue", $"managers:{cohort.CohortId:D}")],
            owed.Select(m => (m.Kind, m.Recipient)));
        Assert.Equal(("Mid-term review", "manager", "Acme Industrie"), ((string?)Data(owed[0])["name"], (string?)Data(owed[0])["reviewer"], (string?)Data(owed[0])["company"]));
    }

    private static async Task<List<OutgoingMessage>> OwedAsync(WorkflowsHarness harness)
    {
        await using var db = await harness.OpenDbAsync();
        var rows = await db.OutgoingMessages.AsNoTracking().ToListAsync();
        return [.. rows.OrderBy(m => m.CreatedAt).ThenBy(m => m.Kind, StringComparer.Ordinal)];
    }

    private static JsonObject Data(OutgoingMessage message) => (JsonObject)JsonNode.Parse(message.Data)!;
}
