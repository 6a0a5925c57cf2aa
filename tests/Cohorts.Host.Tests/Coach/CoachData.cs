using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Coach;

/// <summary>Reads the demo data straight from the database, to compare the coach endpoints and pages with it.</summary>
internal static class CoachData
{
    /// <summary>The sessions run by the coach with that e-mail address, across cohorts, in time order.</summary>
    public static async Task<List<Session>> SessionsOfAsync(this WebApplicationFactory<Program> factory, string email)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var coachIds = await db.Coaches.Where(c => c.Email == email).Select(c => (Guid?)c.Id).ToListAsync();
        return [.. (await db.Sessions.AsNoTracking().Where(s => coachIds.Contains(s.CoachId)).ToListAsync()).OrderBy(s => s.PlannedAt)];
    }

    /// <summary>The companies coached by the coach with that e-mail address, across cohorts.</summary>
    public static async Task<List<Company>> CompaniesOfAsync(this WebApplicationFactory<Program> factory, string email)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var coachIds = await db.Coaches.Where(c => c.Email == email).Select(c => (Guid?)c.Id).ToListAsync();
        return await db.Companies.AsNoTracking().Where(c => coachIds.Contains(c.CoachId)).ToListAsync();
    }

    /// <summary>The collective events (sessions without a coach) that expect companies, in time order.</summary>
    public static async Task<List<Session>> EventsAsync(this WebApplicationFactory<Program> factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        return [.. (await db.Sessions.AsNoTracking().Where(s => s.CoachId == null).ToListAsync()).Where(s => s.CompanyIds.Count > 0).OrderBy(s => s.PlannedAt)];
    }

    /// <summary>Reads one session.</summary>
    public static async Task<Session> SessionAsync(this WebApplicationFactory<Program> factory, Guid id)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        return await db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id);
    }

    /// <summary>
    /// Plans a coaching session for the coach with one of their companies in Les bâtisseurs, straight in the database.
    /// The demo's workflows plan each monthly session when it is due and the demo records all but the last 12 days,
    /// so on the fixture's clock no coaching session is late or upcoming: tests that need one plan it here.
    /// </summary>
    public static async Task<Session> PlanSessionAsync(this WebApplicationFactory<Program> factory, string email, DateTimeOffset plannedAt, string title = "Séance de coaching (test)")
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();
        var cohortId = await db.Cohorts.Where(c => c.Name == "Les bâtisseurs").Select(c => c.Id).SingleAsync();
        var coach = await db.Coaches.SingleAsync(c => c.Email == email && c.CohortId == cohortId);
        var company = await db.Companies.Where(c => c.CoachId == coach.Id).OrderBy(c => c.Name).FirstAsync();
        var session = new Session(Guid.NewGuid(), cohortId, SessionKind.Coaching, title, plannedAt, coach.Id, null) { Location = company.Location };
        session.CompanyIds.Add(company.Id);
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>Plans a coaching session of the coach's two weeks before the fixture's clock, not recorded: a late one.</summary>
    public static Task<Session> PlanLateSessionAsync(this WebApplicationFactory<Program> factory, string email) =>
        factory.PlanSessionAsync(email, Support.DemoHostFixture.Now.AddDays(-14).AddHours(1));

    /// <summary>A body recording every expected company present, with notes and one action.</summary>
    public static object OutcomeBody(Session session, string notes = "Worked on the innovation plan.") => new
    {
        attendance = session.CompanyIds.Select(id => new { companyId = id, present = true }),
        notes,
        actions = new[] { new { description = "Send the quote to two customers", owner = "The company", dueOn = "2026-04-01" } },
    };

    /// <summary>Posts JSON and answers the status and the parsed body (problem details or the result).</summary>
    public static async Task<(System.Net.HttpStatusCode Status, JsonDocument Body)> PostJsonAsync(this HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text.Length == 0 ? "{}" : text));
    }

    /// <summary>The field names of a problem details' errors.</summary>
    public static IReadOnlyList<string> ErrorFields(this JsonDocument problem) =>
        problem.RootElement.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateObject().Select(p => p.Name)] : [];
}
