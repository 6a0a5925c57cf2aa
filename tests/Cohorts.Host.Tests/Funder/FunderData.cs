using System.Text.Json;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Funder;

/// <summary>Reads the demo's data straight from the database, to check the funder endpoints against it.</summary>
internal static class FunderData
{
    public const string Batisseurs = "Les bâtisseurs";

    public static async Task<CohortsDbContext> DomainAsync(this WebApplicationFactory<Program> factory) =>
        await factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();

    public static async Task<Cohort> CohortAsync(this WebApplicationFactory<Program> factory, string name = Batisseurs)
    {
        await using var db = await factory.DomainAsync();
        return await db.Cohorts.AsNoTracking().SingleAsync(c => c.Name == name);
    }

    public static async Task<Guid> OpenLabIdAsync(this WebApplicationFactory<Program> factory)
    {
        await using var db = await factory.DomainAsync();
        return await db.Cohorts.AsNoTracking().Where(c => c.ProgrammeId == "openlab-exploration-innovation").Select(c => c.Id).SingleAsync();
    }

    /// <summary>Adds a milestone the way the MilestoneReview activity does (a domain entity in the domain's context).</summary>
    public static async Task<Guid> AddMilestoneAsync(this WebApplicationFactory<Program> factory, Guid cohortId, ReviewerRole reviewer, DateTimeOffset dueAt)
    {
        await using var db = await factory.DomainAsync();
        var companyId = await db.Companies.Where(c => c.CohortId == cohortId).OrderBy(c => c.Name).Select(c => c.Id).FirstAsync();
        var milestone = new Milestone(Guid.NewGuid(), cohortId, companyId, $"Revue ({reviewer})", "Plan d'action présenté.", dueAt, reviewer);
        db.Milestones.Add(milestone);
        await db.SaveChangesAsync();
        return milestone.Id;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a problem details response with a status and, when given, the field its errors name.</summary>
    public static async Task AssertProblemAsync(this HttpResponseMessage response, System.Net.HttpStatusCode status, string? field = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        if (field is not null)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(text);
            Assert.True(problem.RootElement.TryGetProperty("errors", out _), text);
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"No error for '{field}': {text}");
        }
    }
}
