using Cohorts.Workflows.DependencyInjection;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Workflows.Tests.Persistence;

public sealed class CohortsDatabaseTests
{
    private static readonly DateTimeOffset Now = WorkflowsHarness.Start;

    // A programme 'p' and its cohort 'c' as the schema of migration Screening stores them.
    private const string ScreeningProgrammeAndCohort =
        "INSERT INTO Programmes (Id, CoFunders, DefinitionId, Description, DurationMonths, EventOrganisers, Name, Targets, TimeZoneId) " +
        "VALUES ('p', '[]', 'journey', '', 12, '[]', 'P', '[]', 'Europe/Paris');" +
        "INSERT INTO Cohorts (Id, ProgrammeId, Name, StartDate, EndDate, Targets) VALUES ('c', 'p', 'C', '2025-01-06', '2025-12-19', '[]');";

    [Fact]
    public async Task MigrateCohortsAsync_FreshFile_CreatesDomainTablesBesideTheEngineWithTheirOwnHistory()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await using var db = await harness.OpenDbAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        var tables = await QueryAsync(harness, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        Assert.Superset(
            new HashSet<string> { "Programmes", "Cohorts", "Companies", "Coaches", "Funders", "Sessions", "Milestones", "Notifications", "WorkflowInstances", "Bookmarks", CohortsDbContext.MigrationsHistoryTable, "__EFMigrationsHistory" },
            tables.ToHashSet());
        var domainHistory = await QueryAsync(harness, $"SELECT MigrationId FROM {CohortsDbContext.MigrationsHistoryTable}");
        var engineHistory = await QueryAsync(harness, "SELECT MigrationId FROM __EFMigrationsHistory");
        Assert.Equal(db.Database.GetMigrations(), domainHistory);
        Assert.DoesNotContain(engineHistory, domainHistory.Contains);
    }

    [Fact]
    public async Task MigrateCohortsAsync_CalledAgain_ChangesNothing()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();

        await harness.Services.MigrateCohortsAsync();

        await using var db = await harness.OpenDbAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task HasPendingModelChanges_CheckedInMigrations_MatchTheModel()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await using var db = await harness.OpenDbAsync();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: see workflows/Persistence/Migrations/README.md.");
    }

    [Fact]
    public async Task Connection_DomainContext_UsesTheEnginesPragmas()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await using var db = await harness.OpenDbAsync();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();

        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
        Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys"));
        Assert.Equal(2L, await ScalarAsync(connection, "PRAGMA synchronous"));
    }

    [Fact]
    public async Task SaveChanges_ListsAndInstants_RoundTripThroughJsonAndTickColumns()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohortId = Guid.NewGuid();
        var companyId = Guid.NewGuid();
        var coachId = Guid.NewGuid();
        var sessionId = Guid.NewGuid();
        var milestoneId = Guid.NewGuid();
        var plannedAt = new DateTimeOffset(2025, 2, 3, 10, 0, 0, TimeSpan.FromHours(1));
        await using (var db = await harness.OpenDbAsync())
        {
            var programme = new Programme("p", "P", "", "journey", 12, "Europe/Paris", 0.5m, "CD92", budget: 123_456.78m, currency: "CHF");
            programme.Targets.Add(new KpiTarget(KpiKind.Visitors, 2500));
            var cohort = new Cohort(cohortId, "p", "C", new DateOnly(2025, 1, 6), new DateOnly(2025, 12, 19));
            cohort.Targets.Add(new KpiTarget(KpiKind.CompaniesEnrolled, 17));
            var coach = new Coach(coachId, cohortId, "Alice", "alice@example.org", 3);
            coach.Expertise.AddRange(["industry", "export"]);
            coach.AvailableDays.AddRange([DayOfWeek.Monday, DayOfWeek.Thursday]);
            var company = new Company(companyId, cohortId, "Acme", "industry", 40, "Chartres", "a@example.org");
            company.Needs.Add("export");
            company.AssignCoach(coachId);
            var session = new Session(sessionId, cohortId, SessionKind.Coaching, "Kick-off", plannedAt, coachId, null) { PlanKey = "i/1/0" };
            session.CompanyIds.Add(companyId);
            session.RecordOutcome(new SessionOutcome(Now, "Alice", [new Attendance(companyId, true)], "Good start.", [new ActionItem("Send the quote", "Acme", new DateOnly(2025, 2, 10))], 3));
            var milestone = new Milestone(milestoneId, cohortId, companyId, "Mid-term", "Prototype ready", plannedAt.AddMonths(6), ReviewerRole.Funder);
            milestone.Decide(new MilestoneDecision(MilestoneOutcome.NeedsWork, "Not yet", plannedAt.AddMonths(7), Now, "CD28"));
            db.AddRange(programme, cohort, coach, company, session, milestone);
            await db.SaveChangesAsync();
        }

        await using (var db = await harness.OpenDbAsync())
        {
            var programme = await db.Programmes.SingleAsync();
            var cohort = await db.Cohorts.SingleAsync();
            var coach = await db.Coaches.SingleAsync();
            var company = await db.Companies.SingleAsync();
            var session = await db.Sessions.SingleAsync();
            var milestone = await db.Milestones.SingleAsync();

            Assert.Equal([new KpiTarget(KpiKind.Visitors, 2500)], programme.Targets);
            Assert.Equal((0.5m, "CD92", (decimal?)123_456.78m, "CHF"), (programme.CofundingShare, programme.FunderName, programme.Budget, programme.Currency));
            Assert.Equal([new KpiTarget(KpiKind.CompaniesEnrolled, 17)], cohort.Targets);
            Assert.Equal(["industry", "export"], coach.Expertise);
            Assert.Equal([DayOfWeek.Monday, DayOfWeek.Thursday], coach.AvailableDays);
            Assert.Equal(["export"], company.Needs);
            Assert.Equal((CompanyStatus.Applied, coachId), (company.Status, company.CoachId));
            Assert.Equal([companyId], session.CompanyIds);
            Assert.Equal(plannedAt, session.PlannedAt);
            Assert.Equal(new Attendance(companyId, true), Assert.Single(session.Outcome!.Attendance));
            Assert.Equal(new ActionItem("Send the quote", "Acme", new DateOnly(2025, 2, 10)), Assert.Single(session.Outcome.Actions));
            Assert.Equal((Now, "Alice", "Good start.", (int?)3), (session.Outcome.RecordedAt, session.Outcome.RecordedBy, session.Outcome.Notes, session.Outcome.Visitors));
            var decision = Assert.Single(milestone.Decisions);
            Assert.Equal((MilestoneOutcome.NeedsWork, plannedAt.AddMonths(7)), (decision.Outcome, milestone.DueAt));
            Assert.Null(milestone.FinalDecision);

            // A decision appended to the JSON list is saved.
            milestone.Decide(new MilestoneDecision(MilestoneOutcome.Passed, "Done", null, Now.AddMonths(7), "CD28"));
            await db.SaveChangesAsync();
        }

        await using (var db = await harness.OpenDbAsync())
        {
            Assert.Equal(MilestoneOutcome.Passed, (await db.Milestones.SingleAsync()).FinalDecision?.Outcome);
            Assert.Equal("Coaching", (await QueryAsync(harness, "SELECT Kind FROM Sessions")).Single());
            Assert.Equal(plannedAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), (await QueryAsync(harness, "SELECT CAST(PlannedAt AS TEXT) FROM Sessions")).Single());
            Assert.Equal("[\"Monday\",\"Thursday\"]", (await QueryAsync(harness, "SELECT AvailableDays FROM Coaches")).Single());
        }
    }

    [Fact]
    public async Task MigrateAsync_ProgrammeStoredBeforeTheBudget_IsInEurosWithoutABudget()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        // Back to the schema before the budget, a programme stored then, and up again.
        var database = harness.Get<CohortsDatabase>();
        await database.MigrateToAsync("20261125010112_InitialCreate");
        await using (var db = await harness.OpenDbAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO Programmes (Id, Name, Description, DefinitionId, DurationMonths, TimeZoneId, CofundingShare, FunderName, Targets) " +
                "VALUES ('old', 'Old', '', 'journey', 12, 'Europe/Paris', '0.5', 'CD92', '[]')");
        }

        await database.MigrateAsync();

        await using (var db = await harness.OpenDbAsync())
        {
            var programme = await db.Programmes.SingleAsync(p => p.Id == "old");
            Assert.Equal((null, "EUR", (decimal?)0.5m), (programme.Budget, programme.Currency, programme.CofundingShare));
        }
    }

    [Fact]
    public async Task MigrateCohortsAsync_StoppedAfterATableRebuild_LeavesTheOlderSchemaWholeAndApplyingAgainKeepsEveryRow()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var database = harness.Get<CohortsDatabase>();

        // An installation at the version before Organisations (which rebuilds Companies and Coaches to add their foreign
        // keys), with a company and a milestone of it: Milestones references Companies with ON DELETE CASCADE.
        await database.MigrateToAsync("20261202165702_Screening");
        await ExecuteAsync(
            harness,
            ScreeningProgrammeAndCohort,
            "INSERT INTO Companies (Id, CohortId, Name, Sector, Headcount, Location, ContactEmail, Needs, Status) " +
            "VALUES ('k', 'c', 'Acme', 'industry', 40, 'Chartres', 'a@example.org', '[]', 'Active')",
            "INSERT INTO Milestones (Id, CohortId, CompanyId, Name, Criteria, DueAt, Reviewer, Decisions) VALUES ('m', 'c', 'k', 'Revue', '', 0, 'Funder', '[]')",

            // A name the migration gives an index only once Companies is rebuilt, taken by another table's index: the
            // migration fails after the rebuild (with EF's own SQL, after committing it).
            "DROP INDEX IX_Companies_CoachId",
            "CREATE INDEX IX_Companies_CoachId ON Milestones (Name)");

        await Assert.ThrowsAsync<SqliteException>(() => harness.Services.MigrateCohortsAsync());

        // Nothing of the failed migration is left: it ran in one transaction.
        Assert.DoesNotContain("OrganisationId", (await QueryAsync(harness, "SELECT sql FROM sqlite_master WHERE name = 'Companies'")).Single(), StringComparison.Ordinal);
        Assert.Empty(await QueryAsync(harness, "SELECT name FROM sqlite_master WHERE name IN ('Organisations', 'ef_temp_Companies', 'ef_temp_Coaches')"));
        Assert.Equal("20261202165702_Screening", (await QueryAsync(harness, $"SELECT MigrationId FROM {CohortsDbContext.MigrationsHistoryTable} ORDER BY MigrationId")).Last());

        await ExecuteAsync(harness, "DROP INDEX IX_Companies_CoachId");
        await harness.Services.MigrateCohortsAsync();

        await using var db = await harness.OpenDbAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(["m"], await QueryAsync(harness, "SELECT Id FROM Milestones WHERE CompanyId = 'k'"));
        Assert.Contains("FK_Companies_Organisations_OrganisationId", (await QueryAsync(harness, "SELECT sql FROM sqlite_master WHERE name = 'Companies'")).Single(), StringComparison.Ordinal);

        // The pooled connections enforce foreign keys again.
        await using var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        Assert.Equal(1L, await ScalarAsync((SqliteConnection)connection, "PRAGMA foreign_keys"));
    }

    [Fact]
    public async Task MigrateCohortsAsync_RowReferencingAMissingRow_IsLoggedAsAnErrorAfterTheMigrations()
    {
        await using var harness = await WorkflowsHarness.CreateAsync(services => services.AddFakeLogging());
        var database = harness.Get<CohortsDatabase>();
        await database.MigrateToAsync("20261202165702_Screening");
        await ExecuteAsync(
            harness,
            ScreeningProgrammeAndCohort,

            // Written with foreign keys off: its company does not exist.
            "PRAGMA foreign_keys = OFF; INSERT INTO Milestones (Id, CohortId, CompanyId, Name, Criteria, DueAt, Reviewer, Decisions) VALUES ('m', 'c', 'gone', 'Revue', '', 0, 'Funder', '[]')");
        var collector = harness.Get<FakeLogCollector>();
        collector.Clear();

        await harness.Services.MigrateCohortsAsync();

        var error = Assert.Single(collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("Milestones", error.Message, StringComparison.Ordinal);
        Assert.Contains("Companies", error.Message, StringComparison.Ordinal);

        // Up to date: nothing migrates, nothing is checked again.
        collector.Clear();
        await harness.Services.MigrateCohortsAsync();
        Assert.DoesNotContain(collector.GetSnapshot(), r => r.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task GenerateScript_TableRebuild_OneTransactionGuardedAgainstForeignKeys()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await using var db = await harness.OpenDbAsync();

        var script = db.GetService<IMigrator>().GenerateScript("20261202165702_Screening", "20261202183718_Organisations");

        Assert.Contains("DROP TABLE \"Companies\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("PRAGMA foreign_keys", script, StringComparison.Ordinal);
        Assert.Single(script.Split("BEGIN TRANSACTION", StringSplitOptions.None).Skip(1));
        Assert.True(
            script.IndexOf("foreign_keys_must_be_off_to_rebuild_a_table", StringComparison.Ordinal) < script.IndexOf("DROP TABLE \"Companies\"", StringComparison.Ordinal),
            "The guard runs before the first DROP TABLE.");
    }

    [Fact]
    public async Task MigrateAsync_ConnectionEnforcingForeignKeys_RefusesTheRebuildingMigrationWhole()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await using var db = await harness.OpenDbAsync();

        // The pooled connections enforce foreign keys: EF's migrator called on one directly would cascade the rebuild's
        // DROP TABLE into every row referencing the table, so the guard stops it first.
        var failure = await Assert.ThrowsAsync<SqliteException>(() => db.GetService<IMigrator>().MigrateAsync("20261202165702_Screening"));

        // Each migration is a transaction: the latest one's revert drops a column of Companies (a rebuild), so it is
        // refused whole and nothing is reverted.
        Assert.Contains("foreign_keys_must_be_off_to_rebuild_a_table", failure.Message, StringComparison.Ordinal);
        Assert.Equal("20261207115204_CompanyContactLanguage", (await db.Database.GetAppliedMigrationsAsync()).Last());
        var companies = (await QueryAsync(harness, "SELECT sql FROM sqlite_master WHERE name = 'Companies'")).Single();
        Assert.Contains("OrganisationId", companies, StringComparison.Ordinal);
        Assert.Contains("ContactLanguage", companies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsertSessionAndMilestone_PlainInserts_WriteTheRowsSaveChangesWrites()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        var cohortId = Guid.NewGuid();
        var companyId = Guid.NewGuid();
        var coachId = Guid.NewGuid();
        var plannedAt = new DateTimeOffset(2025, 2, 3, 10, 0, 0, TimeSpan.FromHours(1));
        await using (var db = await harness.OpenDbAsync())
        {
            db.AddRange(
                new Programme("p", "P", "", "journey", 12, "Europe/Paris", null, null),
                new Cohort(cohortId, "p", "C", new DateOnly(2025, 1, 6), new DateOnly(2025, 12, 19)),
                new Coach(coachId, cohortId, "Alice", "alice@example.org", 3),
                new Company(companyId, cohortId, "Acme", "industry", 40, "Chartres", "a@example.org"));
            await db.SaveChangesAsync();
        }

        Session NewSession(string planKey)
        {
            var session = new Session(Guid.NewGuid(), cohortId, SessionKind.Coaching, "Séance n°1", plannedAt, coachId, null) { Location = "Nanterre", ExpectedVisitors = 3, PlanKey = planKey };
            session.CompanyIds.Add(companyId);
            return session;
        }

        Milestone NewMilestone(string planKey) =>
            new(Guid.NewGuid(), cohortId, companyId, "Revue", "Plan d'action", plannedAt.AddMonths(6), ReviewerRole.Funder) { PlanKey = planKey };

        await using (var db = await harness.OpenDbAsync())
        {
            db.AddRange(NewSession("tracked"), NewMilestone("tracked"));
            await db.SaveChangesAsync();
        }

        await using (var db = await harness.OpenDbAsync())
        {
            await DomainQueries.For(db).InsertSessionAsync(db, NewSession("plain"), CancellationToken.None);
            await DomainQueries.For(db).InsertMilestoneAsync(db, NewMilestone("plain"), CancellationToken.None);
        }

        // Every column but the id, as stored (text, ticks, JSON), is the same for both ways of writing.
        foreach (var table in new[] { "Sessions", "Milestones" })
        {
            var rows = await RowsAsync(harness, $"SELECT * FROM {table} ORDER BY PlanKey");
            Assert.Equal(2, rows.Count);
            Assert.Equal(rows[1].Where(c => c.Key is not ("Id" or "PlanKey")), rows[0].Where(c => c.Key is not ("Id" or "PlanKey")));
        }

        await using (var db = await harness.OpenDbAsync())
        {
            var milestone = await db.Milestones.SingleAsync(m => m.PlanKey == "plain");
            Assert.Empty(milestone.Decisions);
            Assert.Equal([companyId], (await db.Sessions.SingleAsync(s => s.PlanKey == "plain")).CompanyIds);
        }
    }

    [Fact]
    public async Task InsertMilestoneAsync_DecidedAlready_IsRefused()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await using var db = await harness.OpenDbAsync();
        var milestone = new Milestone(Guid.NewGuid(), Guid.NewGuid(), null, "Revue", "", Now, ReviewerRole.Manager);
        milestone.Decide(new MilestoneDecision(MilestoneOutcome.Passed, "", null, Now, "manager"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => DomainQueries.For(db).InsertMilestoneAsync(db, milestone, CancellationToken.None));
    }

    [Fact]
    public async Task SaveChanges_TwoSessionsWithOnePlanKey_IsRefused()
    {
        await using var harness = await WorkflowsHarness.CreateAsync();
        await using var db = await harness.OpenDbAsync();
        var cohortId = Guid.NewGuid();
        db.Add(new Programme("p", "P", "", "journey", 12, "Europe/Paris", null, null));
        db.Add(new Cohort(cohortId, "p", "C", new DateOnly(2025, 1, 6), new DateOnly(2025, 12, 19)));
        db.Add(new Session(Guid.NewGuid(), cohortId, SessionKind.Workshop, "A", Now, null, "Team") { PlanKey = "i/1/0" });
        db.Add(new Session(Guid.NewGuid(), cohortId, SessionKind.Workshop, "B", Now, null, "Team") { PlanKey = "i/1/0" });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static async Task<List<List<KeyValuePair<string, object?>>>> RowsAsync(WorkflowsHarness harness, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = harness.DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<List<KeyValuePair<string, object?>>>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => KeyValuePair.Create(reader.GetName(i), reader.IsDBNull(i) ? null : reader.GetValue(i)))]);
        }

        return rows;
    }

    private static async Task<List<string>> QueryAsync(WorkflowsHarness harness, string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = harness.DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static async Task ExecuteAsync(WorkflowsHarness harness, params string[] statements)
    {
        foreach (var sql in statements)
        {
            await QueryAsync(harness, sql);
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
