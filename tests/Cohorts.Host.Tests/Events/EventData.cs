using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Events;

/// <summary>Plans collective events straight in the database, as the CollectiveEvent activity does.</summary>
internal static class EventData
{
    public const string Batisseurs = "Les bâtisseurs";

    /// <summary>
    /// Plans an event of the cohort named <paramref name="cohortName"/> expecting its first <paramref name="companies"/>
    /// companies by name, <paramref name="daysFromNow"/> days from the fixture's clock (negative: past, to record).
    /// </summary>
    public static async Task<Session> PlanEventAsync(
        this WebApplicationFactory<Program> factory,
        string cohortName = Batisseurs,
        SessionKind kind = SessionKind.Visit,
        string title = "Innov Tour (test) : visite d'un industriel partenaire",
        int daysFromNow = -2,
        int companies = 3,
        int? expectedVisitors = null)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var cohortId = await db.Cohorts.Where(c => c.Name == cohortName).Select(c => c.Id).SingleAsync();
        var expected = await db.Companies.Where(c => c.CohortId == cohortId).OrderBy(c => c.Name).Take(companies).Select(c => c.Id).ToListAsync();
        var session = new Session(Guid.NewGuid(), cohortId, kind, title, DemoHostFixture.Now.AddDays(daysFromNow).AddHours(5), null, "Claire Dubois")
        {
            Location = "Gennevilliers",
            ExpectedVisitors = expectedVisitors,
        };
        session.CompanyIds.AddRange(expected);
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>The demo's OpenLab cohort (another programme, coached by Sophie Leroy only).</summary>
    public static async Task<Cohort> OpenLabAsync(this WebApplicationFactory<Program> factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        return await db.Cohorts.AsNoTracking().SingleAsync(c => c.ProgrammeId == "openlab-exploration-innovation");
    }

    /// <summary>A cohort, by name.</summary>
    public static async Task<Cohort> CohortNamedAsync(this WebApplicationFactory<Program> factory, string name)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        return await db.Cohorts.AsNoTracking().SingleAsync(c => c.Name == name);
    }

    /// <summary>Reads one session.</summary>
    public static async Task<Session> ReadSessionAsync(this WebApplicationFactory<Program> factory, Guid id)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        return await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id);
    }
}
