using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.Bookmarks;
using Cohorts.Engine.Persistence;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Manager;

/// <summary>
/// A published version faults every journey in a step after the intake; retrying fails again. The manager publishes a
/// fix, a dry run shows every journey movable, the migration moves them, a retry runs the fixed step, and the journeys
/// go on (screening, then the coaching sessions and their timers). Bad requests name their field and move nothing.
/// </summary>
public sealed class MigrationApiTests : IAsyncLifetime
{
    private const string Manager = "manager@migrations.test";
    private readonly CohortsHostFactory _host = new();
    private HttpClient _manager = null!;
    private string _programmeId = null!;
    private string _definitionId = null!;

    private string Versions => $"/api/programmes/{_programmeId}/definitions/{_definitionId}/versions";

    private string Migrations => $"/api/programmes/{_programmeId}/definitions/{_definitionId}/migrations";

    public async Task InitializeAsync()
    {
        await _host.CreateUserAsync(Manager, CohortsRoles.Manager);
        _manager = await _host.CreateApiClientAsync(Manager);
        var programme = await _manager.PostJsonAsync("/api/programmes", new { templateId = "boost-innovation" }, HttpStatusCode.Created);
        _programmeId = programme.GetProperty("id").GetString()!;
        _definitionId = programme.GetProperty("definitions").EnumerateArray().First(d => d.GetProperty("role").GetString() == "company").GetProperty("definitionId").GetString()!;
    }

    public async Task DisposeAsync()
    {
        _manager.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Migrate_BrokenVersionFixed_DryRunThenMigrateThenRetry_JourneysGoOn()
    {
        await PublishScoreAsync("company.size.value", expectedVersion: 2);
        var (cohortId, instanceIds) = await LaunchAsync();
        Assert.Equal(2, (await _manager.GetJsonAsync("/api/incidents")).GetArrayLength());
        var stillBroken = await _manager.PostJsonAsync($"/api/instances/{instanceIds[0]}/retry", new { }, HttpStatusCode.OK);
        Assert.Equal("Faulted", stillBroken.GetProperty("status").GetString());
        await PublishScoreAsync("1 + 1", expectedVersion: 3);

        var dryRun = await _manager.PostJsonAsync(Migrations, new { targetVersion = 3, fromVersion = 2, dryRun = true }, HttpStatusCode.OK);

        Assert.True(dryRun.GetProperty("dryRun").GetBoolean());
        var planned = dryRun.GetProperty("instances").EnumerateArray().ToList();
        Assert.Equal(2, planned.Count);
        Assert.All(planned, p => Assert.True(p.GetProperty("movable").GetBoolean(), p.ToString()));
        Assert.All(planned, p => Assert.Contains(p.GetProperty("activities").EnumerateArray(), a => a.GetProperty("toActivityId").GetString() == "score" && a.GetProperty("faulted").GetBoolean()));
        Assert.Equal(2, (await TimelineAsync(instanceIds[0])).GetProperty("definitionVersion").GetInt32());

        var migrated = await _manager.PostJsonAsync(Migrations, new { targetVersion = 3, cohortId, dryRun = false }, HttpStatusCode.OK);

        Assert.Equal(2, migrated.GetProperty("moved").GetInt32());
        Assert.All(migrated.GetProperty("instances").EnumerateArray(), i => Assert.Equal(("Faulted", true), (i.GetProperty("status").GetString(), i.GetProperty("migrated").GetBoolean())));
        foreach (var instanceId in instanceIds)
        {
            var timeline = await TimelineAsync(instanceId);
            Assert.Equal(3, timeline.GetProperty("definitionVersion").GetInt32());
            Assert.Contains(timeline.GetProperty("entries").EnumerateArray(), e => e.GetProperty("event").GetString() == "WorkflowMigrated" && e.GetProperty("detail").GetString() == "migrated from v2 to v3");
            var retried = await _manager.PostJsonAsync($"/api/instances/{instanceId}/retry", new { }, HttpStatusCode.OK);
            Assert.Equal("Suspended", retried.GetProperty("status").GetString());
        }

        Assert.Equal(0, (await _manager.GetJsonAsync("/api/incidents")).GetArrayLength());
        await using (var db = await DomainAsync())
        {
            var audits = await db.AuditEntries.AsNoTracking().Where(e => e.Action == "journey.migrated").ToListAsync();
            Assert.Equal(2, audits.Count);
            Assert.All(audits, a => Assert.Equal(Manager, a.Actor));
        }

        // The journeys go on: accepted, a company gets its coach, its sessions and their timers.
        var companyId = (await _manager.GetJsonAsync($"/api/cohorts/{cohortId}/board")).GetProperty("rows").EnumerateArray().First(r => r.GetProperty("instanceId").GetGuid() == instanceIds[0]).GetProperty("companyId").GetGuid();
        var accepted = await _manager.PostJsonAsync($"/api/companies/{companyId}/screening", new { decision = "accepted" }, HttpStatusCode.OK);
        Assert.Equal("Active", accepted.GetProperty("status").GetString());
        await using (var db = await DomainAsync())
        {
            Assert.NotEmpty(await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).ToListAsync());
        }

        Assert.Equal(3, (await _manager.GetJsonAsync($"/api/cohorts/{cohortId}")).GetProperty("definitionVersion").GetInt32());
        var instance = await _host.Services.GetRequiredService<IWorkflowInstanceStore>().FindAsync(instanceIds[0], CancellationToken.None);
        Assert.Equal(3, instance!.DefinitionVersion);
        Assert.Contains(instance.State.Bookmarks, b => b.Kind == BookmarkKind.Timer);
    }

    [Fact]
    public async Task Migrate_BadInput_AnswersTheFieldAndMovesNothing()
    {
        await PublishScoreAsync("company.size.value", expectedVersion: 2);
        var (_, instanceIds) = await LaunchAsync();
        await PublishScoreAsync("1 + 1", expectedVersion: 3);

        using var unknownActivity = await _manager.PostAsJsonAsync(Migrations, new { targetVersion = 3, fromVersion = 2, mapping = new Dictionary<string, string> { ["score"] = "nowhere" }, dryRun = false });
        using var unknownSource = await _manager.PostAsJsonAsync(Migrations, new { targetVersion = 3, instanceIds, mapping = new Dictionary<string, string> { ["xyz"] = "score" }, dryRun = false });
        using var sameVersion = await _manager.PostAsJsonAsync(Migrations, new { targetVersion = 2, instanceIds, dryRun = false });
        using var sameAsFrom = await _manager.PostAsJsonAsync(Migrations, new { targetVersion = 2, fromVersion = 2, dryRun = false });
        using var noVersion = await _manager.PostAsJsonAsync(Migrations, new { instanceIds, dryRun = false });
        using var unknownVersion = await _manager.PostAsJsonAsync(Migrations, new { targetVersion = 9, instanceIds, dryRun = false });
        using var noSelection = await _manager.PostAsJsonAsync(Migrations, new { targetVersion = 3, dryRun = false });

        var problem = await unknownActivity.AssertProblemAsync(HttpStatusCode.BadRequest, "mapping.score");
        Assert.Contains("Version 3 has no activity 'nowhere'.", problem.GetProperty("errors").GetProperty("mapping.score")[0].GetString(), StringComparison.Ordinal);
        await unknownSource.AssertProblemAsync(HttpStatusCode.BadRequest, "mapping.xyz");
        await sameVersion.AssertProblemAsync(HttpStatusCode.BadRequest, "targetVersion");
        await sameAsFrom.AssertProblemAsync(HttpStatusCode.BadRequest, "targetVersion");
        await noVersion.AssertProblemAsync(HttpStatusCode.BadRequest, "targetVersion");
        await unknownVersion.AssertProblemAsync(HttpStatusCode.NotFound, "targetVersion");
        await noSelection.AssertProblemAsync(HttpStatusCode.BadRequest, "instanceIds");
        foreach (var instanceId in instanceIds)
        {
            var timeline = await TimelineAsync(instanceId);
            Assert.Equal(2, timeline.GetProperty("definitionVersion").GetInt32());
            Assert.DoesNotContain(timeline.GetProperty("entries").EnumerateArray(), e => e.GetProperty("event").GetString() == "WorkflowMigrated");
        }
    }

    [Fact]
    public async Task Migrate_Limits_AtTheLimitIsReadAndOnePastIsRefusedByField()
    {
        var atLimit = Enumerable.Range(0, 1_000).Select(_ => Guid.NewGuid()).ToArray();
        var mapping = Enumerable.Range(0, 2_001).ToDictionary(i => $"a{i}", _ => "intake");

        using var thousand = await _manager.PostAsJsonAsync(Migrations, new { targetVersion = 1, instanceIds = atLimit });
        using var tooMany = await _manager.PostAsJsonAsync(Migrations, new { targetVersion = 1, instanceIds = atLimit.Append(Guid.NewGuid()).ToArray() });
        using var longMapping = await _manager.PostAsJsonAsync(Migrations, new { targetVersion = 1, fromVersion = 1, mapping });
        using var longId = await _manager.PostAsJsonAsync(Migrations, new { targetVersion = 1, fromVersion = 1, mapping = new Dictionary<string, string> { ["intake"] = new string('x', 201) } });

        // A thousand ids are read (and the first, unknown, is named); one more is refused before anything is read.
        await thousand.AssertProblemAsync(HttpStatusCode.NotFound, "instanceIds[0]");
        await tooMany.AssertProblemAsync(HttpStatusCode.BadRequest, "instanceIds");
        await longMapping.AssertProblemAsync(HttpStatusCode.BadRequest, "mapping");
        await longId.AssertProblemAsync(HttpStatusCode.BadRequest, "mapping.intake");
    }

    [Fact]
    public async Task MigrateCancelSkip_AnotherProgrammesManager_IsRefusedAndNothingChanges()
    {
        await PublishScoreAsync("company.size.value", expectedVersion: 2);
        var (_, instanceIds) = await LaunchAsync();
        await PublishScoreAsync("1 + 1", expectedVersion: 3);
        await _host.CreateUserAsync("other@migrations.test", CohortsRoles.Manager);
        using var other = await _host.CreateApiClientAsync("other@migrations.test");

        using var migrate = await other.PostAsJsonAsync(Migrations, new { targetVersion = 3, fromVersion = 2, dryRun = false });
        using var cancel = await other.PostAsJsonAsync($"/api/instances/{instanceIds[0]}/cancel", new { reason = "Not mine." });
        using var skip = await other.PostAsJsonAsync($"/api/instances/{instanceIds[0]}/skip", new { reason = "Not mine." });

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { migrate.StatusCode, cancel.StatusCode, skip.StatusCode });
        var timeline = await TimelineAsync(instanceIds[0]);
        Assert.Equal((2, "Faulted"), (timeline.GetProperty("definitionVersion").GetInt32(), timeline.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task SkipAndCancel_WithReasons_ResolveTheIncidentsAndAreAudited()
    {
        await PublishScoreAsync("company.size.value", expectedVersion: 2);
        var (cohortId, instanceIds) = await LaunchAsync();

        using var noReason = await _manager.PostAsJsonAsync($"/api/instances/{instanceIds[0]}/skip", new { reason = " " });
        using var tooLong = await _manager.PostAsJsonAsync($"/api/instances/{instanceIds[0]}/cancel", new { reason = new string('x', 2_001) });
        var skipped = await _manager.PostJsonAsync($"/api/instances/{instanceIds[0]}/skip", new { reason = "Score computed by hand." }, HttpStatusCode.OK);
        var cancelled = await _manager.PostJsonAsync($"/api/instances/{instanceIds[1]}/cancel", new { reason = "The company closed." }, HttpStatusCode.OK);
        using var skipAgain = await _manager.PostAsJsonAsync($"/api/instances/{instanceIds[0]}/skip", new { reason = "Again." });
        using var cancelAgain = await _manager.PostAsJsonAsync($"/api/instances/{instanceIds[1]}/cancel", new { reason = "Again." });

        await noReason.AssertProblemAsync(HttpStatusCode.BadRequest, "reason");
        await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest, "reason");
        Assert.Equal("Suspended", skipped.GetProperty("status").GetString());
        Assert.Equal("screening", (await TimelineAsync(instanceIds[0])).GetProperty("currentSteps")[0].GetProperty("activityId").GetString());
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, skipAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, cancelAgain.StatusCode);
        Assert.Equal(0, (await _manager.GetJsonAsync("/api/incidents")).GetArrayLength());
        await using var db = await DomainAsync();
        var audits = await db.AuditEntries.AsNoTracking().Where(e => e.CohortId == cohortId && e.Action.StartsWith("journey.")).Select(e => new { e.Action, e.Actor }).ToListAsync();
        Assert.Equal(["journey.cancelled", "journey.step-skipped"], audits.Select(a => a.Action).Order());
        Assert.All(audits, a => Assert.Equal(Manager, a.Actor));
    }

    private async Task<CohortsDbContext> DomainAsync() =>
        await _host.Services.GetRequiredService<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync();

    private Task<JsonElement> TimelineAsync(Guid instanceId) => _manager.GetJsonAsync($"/api/instances/{instanceId}/timeline");

    /// <summary>Publishes version 1 with a "score" step after the intake, computing <paramref name="expression"/>.</summary>
    private async Task PublishScoreAsync(string expression, int expectedVersion)
    {
        var document = JsonNode.Parse((await _manager.GetJsonAsync($"{Versions}/1")).GetRawText())!.AsObject();
        document["root"]!["activities"]!.AsArray().Insert(1, new JsonObject { ["type"] = "SetVariable", ["id"] = "score", ["variable"] = "score", ["expression"] = expression });
        using var published = await _manager.PostAsync(Versions, new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(expectedVersion, (await published.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("version").GetInt32());
    }

    private async Task<(Guid CohortId, Guid[] InstanceIds)> LaunchAsync()
    {
        var created = await _manager.PostJsonAsync(
            "/api/cohorts",
            new
            {
                programmeId = _programmeId,
                name = "Migrated cohort",
                startDate = "2026-09-01",
                companies = new[]
                {
                    new { name = "Atelier Neuf", sector = "crafts", headcount = 4, location = "Sèvres", contactEmail = "contact@atelier-neuf.example" },
                    new { name = "Boulangerie Lune", sector = "food", headcount = 9, location = "Meudon", contactEmail = "contact@lune.example" },
                },
                coaches = new[] { new { name = "Anne Petit", email = "anne.petit@example.fr", capacity = 5 } },
                launch = true,
            },
            HttpStatusCode.Created);
        var cohortId = created.GetProperty("cohortId").GetGuid();
        var rows = (await _manager.GetJsonAsync($"/api/cohorts/{cohortId}/board")).GetProperty("rows").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal("Faulted", r.GetProperty("instanceStatus").GetString()));
        return (cohortId, [.. rows.Select(r => r.GetProperty("instanceId").GetGuid())]);
    }
}
