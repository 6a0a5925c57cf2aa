using System.Net;
using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Coach;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Tests.PostgreSql;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.PostgreSql;

/// <summary>
/// The host on PostgreSQL (<c>Cohorts:Database:Provider=PostgreSql</c>): migrated at start, then the main journey of a
/// manager through the API, each step's rows (engine and domain) in that database.
/// </summary>
public sealed class PostgreSqlHostJourneyTests
{
    [PostgresFact]
    public async Task MainJourney_OnPostgreSql_SignInCreateProgrammeLaunchRecordAndReadProgress()
    {
        var server = await PostgresServer.GetAsync();
        var connectionString = await server.CreateDatabaseAsync("host");
        try
        {
            await using var factory = new CohortsHostFactory(settings: new Dictionary<string, string?>
            {
                ["Cohorts:Database:Provider"] = "PostgreSql",
                ["Cohorts:Database:PostgreSql:ConnectionString"] = connectionString,
            });
            var email = $"manager-{Guid.NewGuid():N}@cohorts.test";
            await factory.CreateUserAsync(email, CohortsRoles.Manager);

            // Sign in: Identity's tables and the Data Protection key ring are in PostgreSQL.
            using var manager = await factory.CreateApiClientAsync(email);
            var programme = await manager.PostJsonAsync("/api/programmes", new { templateId = "boost-innovation", name = "Boost PostgreSQL" }, HttpStatusCode.Created);
            var programmeId = programme.GetProperty("id").GetString();
            var created = await manager.PostJsonAsync("/api/cohorts", Plan(programmeId!), HttpStatusCode.Created);
            var cohortId = created.GetProperty("cohortId").GetGuid();
            var companyId = (await manager.GetJsonAsync($"/api/cohorts/{cohortId}/companies"))[0].GetProperty("id").GetGuid();
            var screened = await manager.PostJsonAsync($"/api/companies/{companyId}/screening", new { decision = "accepted" }, HttpStatusCode.OK);
            Assert.Equal("Active", screened.GetProperty("status").GetString());

            await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync())
            {
                Assert.True(db.Database.IsNpgsql());

                // The new coaches and the funder are invited in the cohort's own transaction (Identity joined it).
                var invited = await db.OutgoingMessages.AsNoTracking().Where(m => m.Kind == "invitation").Select(m => m.Recipient).ToListAsync();
                Assert.Equal(["anne.petit@example.fr", "finance@departement.example", "paul.blanc@example.fr"], invited.Order(StringComparer.Ordinal));
                var session = await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).OrderBy(s => s.PlannedAt).FirstAsync();
                var (status, _) = await manager.PostJsonAsync($"/api/sessions/{session.Id}/outcome", CoachData.OutcomeBody(session));
                Assert.Equal(HttpStatusCode.OK, status);
            }

            var progress = await manager.GetJsonAsync($"/api/cohorts/{cohortId}/progress");
            Assert.Equal(1, progress.GetProperty("totals").GetProperty("sessionsHeld").GetInt32());
            Assert.Equal(2, progress.GetProperty("companies").GetArrayLength());
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
    }

    [PostgresFact]
    public async Task Start_OnPostgreSql_AppliesEveryContextsPostgreSqlMigrations_WhichMatchTheModels()
    {
        var server = await PostgresServer.GetAsync();
        var connectionString = await server.CreateDatabaseAsync("migrations");
        try
        {
            await using var factory = new CohortsHostFactory(settings: new Dictionary<string, string?>
            {
                ["Cohorts:Database:Provider"] = "PostgreSql",
                ["Cohorts:Database:PostgreSql:ConnectionString"] = connectionString,
            });
            _ = factory.Services; // starts the host, which migrates

            await AssertMigratedAsync(factory.Services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(), "engine");
            await AssertMigratedAsync(factory.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>(), "domain");
            await AssertMigratedAsync(factory.Services.GetRequiredService<IDbContextFactory<CohortsIdentityDbContext>>(), "identity");
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task AssertMigratedAsync<TContext>(IDbContextFactory<TContext> contexts, string which)
        where TContext : DbContext
    {
        await using var db = await contexts.CreateDbContextAsync();
        Assert.True(db.Database.IsNpgsql());
        var migrations = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(migrations);
        Assert.Equal(migrations, await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {which} model changed without a PostgreSQL migration: tools/ef-postgresql-migration.sh {which} NAME.");
    }

    private static object Plan(string programmeId) => new
    {
        programmeId,
        name = "Promotion PostgreSQL",
        startDate = "2026-09-01",
        companies = new[]
        {
            new { name = "Atelier Neuf", sector = "crafts", headcount = 4, location = "Sèvres", contactEmail = "contact@atelier-neuf.example", needs = new[] { "marketing" } },
            new { name = "Brasserie Nouvelle", sector = "food", headcount = 9, location = "Vanves", contactEmail = "contact@brasserie.example", needs = new[] { "export" } },
        },
        coaches = new[]
        {
            new { name = "Anne Petit", email = "anne.petit@example.fr", capacity = 5, expertise = new[] { "marketing" } },
            new { name = "Paul Blanc", email = "paul.blanc@example.fr", capacity = 5, expertise = new[] { "export" } },
        },
        funders = new[] { new { name = "Département", email = "finance@departement.example", share = 0.5m } },
        launch = true,
    };
}
