using System.Net;
using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Events;

/// <summary>
/// A collective event moved or cancelled: the contact of every company it expects that is still in the programme is
/// told, in the change's own transaction, and never sees the other companies' names.
/// </summary>
public sealed class EventChangeMailTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    [Fact]
    public async Task Reschedule_EveryCompanyStillInTheProgrammeIsToldOnceAndAWithdrawnOneIsNot()
    {
        var evening = await demo.Factory.PlanEventAsync(kind: SessionKind.Networking, title: "Happy Innov (moved)", daysFromNow: 6, companies: 17);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);
        var withdrawn = evening.CompanyIds[^1];
        await manager.PostJsonAsync($"/api/companies/{withdrawn}/withdraw", new { reason = "Left the region." }, HttpStatusCode.OK);

        await manager.PostJsonAsync($"/api/sessions/{evening.Id}/reschedule", new { at = DemoHostFixture.Now.AddDays(13), reason = "The hall is booked." }, HttpStatusCode.OK);

        var owed = await OwedAsync(evening.Id);
        var told = await CompaniesInTheProgrammeAsync(evening.CompanyIds);
        Assert.DoesNotContain(withdrawn, told.Keys);
        Assert.All(owed, m => Assert.Equal("company-session-rescheduled", m.Kind));
        Assert.Equal(told.Values.Order(StringComparer.Ordinal), owed.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.All(owed, m =>
        {
            Assert.Equal(("Networking", "The hall is booked.", "Happy Innov (moved)"), ((string?)m.Data["kind"], (string?)m.Data["reason"], (string?)m.Data["title"]));
            Assert.False(m.Data.ContainsKey("companies"));
        });
        Assert.Equal(owed.Count, owed.Select(m => (string?)m.Data["company"]).Distinct().Count());
    }

    [Fact]
    public async Task Cancel_EachCompanyIsToldWithTheReason()
    {
        var visit = await demo.Factory.PlanEventAsync(title: "Innov Tour (cancelled)", daysFromNow: 8, companies: 3);
        using var manager = await demo.Factory.CreateApiClientAsync(TestAccounts.Manager);

        await manager.PostJsonAsync($"/api/sessions/{visit.Id}/cancel", new { reason = "The host cannot receive us." }, HttpStatusCode.OK);

        var owed = await OwedAsync(visit.Id);
        Assert.Equal(3, owed.Count);
        Assert.All(owed, m => Assert.Equal(("company-session-cancelled", "The host cannot receive us."), (m.Kind, (string?)m.Data["reason"])));
    }

    private async Task<Dictionary<Guid, string>> CompaniesInTheProgrammeAsync(IReadOnlyCollection<Guid> ids)
    {
        await using var db = await Domain();
        return await db.Companies.AsNoTracking()
            .Where(c => ids.Contains(c.Id) && (c.Status == CompanyStatus.Accepted || c.Status == CompanyStatus.Active))
            .ToDictionaryAsync(c => c.Id, c => c.ContactEmail);
    }

    private async Task<List<(string Kind, string To, JsonObject Data)>> OwedAsync(Guid sessionId)
    {
        await using var db = await Domain();
        var rows = await db.OutgoingMessages.AsNoTracking().Where(m => m.Key.StartsWith($"session-{sessionId:D}/")).OrderBy(m => m.Key).ToListAsync();
        return [.. rows.Select(m => (m.Kind, m.Recipient, (JsonObject)JsonNode.Parse(m.Data)!))];
    }

    private Task<CohortsDbContext> Domain() =>
        demo.Factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
}
