using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Coach;

/// <summary>
/// What a coach is told when a plan changes: a session moved, cancelled, or handed over to another coach, each an
/// e-mail owed in the change's own transaction, with the calendar change it carries; the company is told of a move or
/// a cancellation too.
/// </summary>
public sealed class PlanChangeMailTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Reschedule_TheCoachIsToldTheNewTimeTheOldOneAndWhy()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachMartin, DemoHostFixture.Now.AddDays(3));
        using var client = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin);

        await client.PostJsonAsync($"/api/sessions/{session.Id}/reschedule", new { at = DemoHostFixture.Now.AddDays(9), reason = "The director is away." }, HttpStatusCode.OK);

        var owed = await OwedAsync(session.Id);
        Assert.Equal(2, owed.Count);
        var (kind, to, data) = Assert.Single(owed, m => m.Kind == "session-rescheduled");
        Assert.Equal(TestAccounts.CoachMartin, to);
        Assert.Equal(session.PlannedAt, DateTimeOffset.Parse((string)data["from"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("The director is away.", (string?)data["reason"]);
        var company = Assert.Single(owed, m => m.Kind == "company-session-rescheduled");
        Assert.Equal((await CompanyAsync(session.CompanyIds[0])).ContactEmail, company.To);
        Assert.Equal(("Julien Martin", "The director is away.", (string?)data["from"]), ((string?)company.Data["coach"], (string?)company.Data["reason"], (string?)company.Data["from"]));
    }

    [Fact]
    public async Task Cancel_TheCoachIsToldAndTheSessionStaysWithThemWhenTheCompanyChangesCoach()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachLeroy, DemoHostFixture.Now.AddDays(4));
        using var coach = await demo.Factory.CreateApiClientAsync(TestAccounts.CoachLeroy);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        await coach.PostJsonAsync($"/api/sessions/{session.Id}/cancel", new { reason = "Strike." }, HttpStatusCode.OK);
        await ChangeCoachAsync(manager, session.CompanyIds[0]);

        var owed = await OwedAsync(session.Id);
        Assert.Equal(2, owed.Count);
        var (kind, to, data) = Assert.Single(owed, m => m.Kind == "session-cancelled");
        Assert.Equal(("session-cancelled", TestAccounts.CoachLeroy, "Strike."), (kind, to, (string?)data["reason"]));
        var company = Assert.Single(owed, m => m.Kind == "company-session-cancelled");
        Assert.Equal(((await CompanyAsync(session.CompanyIds[0])).ContactEmail, "Strike."), (company.To, (string?)company.Data["reason"]));
        Assert.Equal(session.CoachId, (await demo.Factory.SessionAsync(session.Id)).CoachId);
    }

    [Fact]
    public async Task ChangeCoach_TheNewCoachGetsTheSessionAndThePreviousOneIsToldItIsHandedOver()
    {
        var session = await demo.Factory.PlanSessionAsync(TestAccounts.CoachBenali, DemoHostFixture.Now.AddDays(5));
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        var assignment = await ChangeCoachAsync(manager, session.CompanyIds[0]);

        var owed = await OwedAsync(session.Id);
        var newCoach = await CoachAsync(assignment.GetProperty("coachId").GetGuid());
        Assert.Equal(3, owed.Count);
        var company = Assert.Single(owed, m => m.Kind == "company-session-handed-over");
        Assert.Equal(((await CompanyAsync(session.CompanyIds[0])).ContactEmail, newCoach.Name, newCoach.Email), (company.To, (string?)company.Data["coach"], (string?)company.Data["replyTo"]));
        Assert.Contains(owed, m => m.Kind == "session-moved" && m.To == newCoach.Email);
        var handedOver = Assert.Single(owed, m => m.Kind == "session-handed-over");
        Assert.Equal((TestAccounts.CoachBenali, newCoach.Name), (handedOver.To, (string?)handedOver.Data["coach"]));
        Assert.All(owed, m => Assert.Equal(Cohorts.Workflows.Outbox.CalendarSequence.At(demo.Clock.GetUtcNow()), (int)m.Data["sequence"]!, tolerance: 5));
    }

    /// <summary>Gives the company a coach of its cohort other than its own who has room for one more company.</summary>
    private async Task<System.Text.Json.JsonElement> ChangeCoachAsync(HttpClient manager, Guid companyId)
    {
        await using var db = await Domain();
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == companyId);
        var coaches = await db.Coaches.AsNoTracking().Where(c => c.CohortId == company.CohortId && c.Id != company.CoachId).ToListAsync();
        var loads = await db.Companies.AsNoTracking().Where(c => c.CohortId == company.CohortId && c.CoachId != null).GroupBy(c => c.CoachId).Select(g => new { Coach = g.Key, Count = g.Count() }).ToListAsync();
        var free = coaches.FirstOrDefault(c => loads.SingleOrDefault(l => l.Coach == c.Id)?.Count is not { } load || load < c.Capacity)?.Id;
        if (free is null)
        {
            // Every other coach is full (the tests of this class that ran before took their places): one joins the cohort.
            using var added = await manager.PostAsJsonAsync($"/api/cohorts/{company.CohortId}/coaches", new { name = "Inès Moreau", email = $"ines-{Guid.NewGuid():N}@example.fr", capacity = 5 });
            free = (await added.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        }

        using var response = await manager.PutAsJsonAsync($"/api/companies/{companyId}/coach", new { coachId = free });
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    private async Task<List<(string Kind, string To, JsonObject Data)>> OwedAsync(Guid sessionId)
    {
        await using var db = await Domain();
        var rows = await db.OutgoingMessages.AsNoTracking().Where(m => m.Key.StartsWith($"session-{sessionId:D}/")).OrderBy(m => m.Key).ToListAsync();
        return [.. rows.Select(m => (m.Kind, m.Recipient, (JsonObject)JsonNode.Parse(m.Data)!))];
    }

    private async Task<Cohorts.Workflows.Domain.Company> CompanyAsync(Guid id)
    {
        await using var db = await Domain();
        return await db.Companies.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private async Task<Cohorts.Workflows.Domain.Coach> CoachAsync(Guid id)
    {
        await using var db = await Domain();
        return await db.Coaches.AsNoTracking().SingleAsync(c => c.Id == id);
    }

    private Task<CohortsDbContext> Domain() =>
        demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
}
