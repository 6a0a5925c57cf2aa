using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cohorts.Engine.DependencyInjection;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Manager;

/// <summary>
/// A company's journey faults (a published version with a step that fails), the manager finds the incident through the
/// API, the cause is fixed, and a retry through the API goes on from the faulted step.
/// </summary>
public sealed class IncidentTests : IAsyncLifetime
{
    private readonly CohortsHostFactory _host = new();
    private readonly GateSwitch _gate = new();
    private WebApplicationFactory<Program> _factory = null!;

    public Task InitializeAsync()
    {
        _factory = _host.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddCohortsActivity<TestGate>();
            services.AddSingleton(_gate);
        }));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Retry_FaultedJourneyOnceFixed_GoesOnFromTheFaultedStep()
    {
        using var manager = await SignInManagerAsync();
        var instanceId = await LaunchFaultingCompanyAsync(manager);

        var incidents = await manager.GetJsonAsync("/api/incidents");
        var incident = Assert.Single(incidents.EnumerateArray());
        Assert.Equal("gate", incident.GetProperty("activityId").GetString());
        Assert.Equal("TestGate", incident.GetProperty("activityType").GetString());
        Assert.Contains("gate is closed", incident.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Atelier Neuf", incident.GetProperty("owner").GetProperty("companyName").GetString());
        var timeline = await manager.GetJsonAsync($"/api/instances/{instanceId}/timeline");
        Assert.Equal("Faulted", timeline.GetProperty("status").GetString());
        Assert.Contains(timeline.GetProperty("entries").EnumerateArray(), e => e.GetProperty("event").GetString() == "ActivityFaulted" && e.GetProperty("activityId").GetString() == "gate");

        _gate.IsOpen = true;
        var retried = await manager.PostJsonAsync($"/api/instances/{instanceId}/retry", new { }, HttpStatusCode.OK);

        Assert.Equal("Suspended", retried.GetProperty("status").GetString());
        Assert.Equal(0, (await manager.GetJsonAsync("/api/incidents")).GetArrayLength());
        var after = await manager.GetJsonAsync($"/api/instances/{instanceId}/timeline");
        Assert.Contains(after.GetProperty("entries").EnumerateArray(), e => e.GetProperty("event").GetString() == "WorkflowRetried");
        Assert.Equal("screening", after.GetProperty("currentSteps")[0].GetProperty("activityId").GetString());
        Assert.NotEqual(JsonValueKind.Null, after.GetProperty("incidents")[0].GetProperty("resolvedAt").ValueKind);
    }

    [Fact]
    public async Task Inbox_FaultedJourney_TheManagerIsToldInWordsWithALinkToTheIncidents()
    {
        using var manager = await SignInManagerAsync();
        await LaunchFaultingCompanyAsync(manager);

        var item = Assert.Single((await manager.GetJsonAsync("/api/inbox")).EnumerateArray(), i => i.GetProperty("kind").GetString() == "incident");

        Assert.StartsWith("The journey of Atelier Neuf (", item.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(") stopped on an error: retry it", item.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(("/manage/incidents", true), (item.GetProperty("link").GetString(), item.GetProperty("late").GetBoolean()));
    }

    [Fact]
    public async Task Retry_StillBroken_FaultsAgainWithANewIncident()
    {
        using var manager = await SignInManagerAsync();
        var instanceId = await LaunchFaultingCompanyAsync(manager);

        var retried = await manager.PostJsonAsync($"/api/instances/{instanceId}/retry", new { }, HttpStatusCode.OK);

        Assert.Equal("Faulted", retried.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, retried.GetProperty("incidentId").ValueKind);
        Assert.Single((await manager.GetJsonAsync("/api/incidents")).EnumerateArray());
    }

    [Fact]
    public async Task Retry_InstanceNotFaulted_Answers409()
    {
        using var manager = await SignInManagerAsync();
        var instanceId = await LaunchFaultingCompanyAsync(manager);
        _gate.IsOpen = true;
        await manager.PostJsonAsync($"/api/instances/{instanceId}/retry", new { }, HttpStatusCode.OK);

        using var again = await manager.PostAsync($"/api/instances/{instanceId}/retry", null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task IncidentsPage_Retry_ShowsTheIncidentThenANoticeOnceRetried()
    {
        using var manager = await SignInManagerAsync();
        var instanceId = await LaunchFaultingCompanyAsync(manager);
        using var page = await _factory.CreatePageClientAsync("manager@incidents.test");
        var token = await Forms.GetAsync(page, "/manage/incidents");
        var before = await page.GetStringAsync("/manage/incidents");
        var timeline = await page.GetStringAsync($"/manage/instances/{instanceId}");

        _gate.IsOpen = true;
        using var retried = await Forms.PostAsync(page, "/manage/incidents?handler=Retry", token, new Dictionary<string, string> { ["instanceId"] = instanceId.ToString() });

        Assert.Contains("The gate is closed", before, StringComparison.Ordinal);
        Assert.Contains("Atelier Neuf", before, StringComparison.Ordinal);
        Assert.Contains("Step failed", timeline, StringComparison.Ordinal);
        Assert.Contains("Stopped by an incident", timeline, StringComparison.Ordinal);
        var after = await retried.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Contains("Retried: the journey goes on from the step that had failed.", after, StringComparison.Ordinal);
        Assert.Contains("No incident", after, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignInManagerAsync()
    {
        await _factory.CreateUserAsync("manager@incidents.test", CohortsRoles.Manager);
        return await _factory.CreateApiClientAsync("manager@incidents.test");
    }

    /// <summary>Creates Boost Innovation, publishes a version with a gate after the intake, launches a one-company cohort on it.</summary>
    private static async Task<Guid> LaunchFaultingCompanyAsync(HttpClient manager)
    {
        const string Versions = "/api/programmes/boost-innovation/definitions/boost-innovation-company/versions";
        await manager.PostJsonAsync("/api/programmes", new { templateId = "boost-innovation" }, HttpStatusCode.Created);
        var document = JsonNode.Parse((await manager.GetJsonAsync($"{Versions}/1")).GetRawText())!.AsObject();
        document["root"]!["activities"]!.AsArray().Insert(1, new JsonObject { ["type"] = "TestGate", ["id"] = "gate" });
        using var published = await manager.PostAsync(Versions, new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(2, (await published.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("version").GetInt32());

        var created = await manager.PostJsonAsync(
            "/api/cohorts",
            new
            {
                programmeId = "boost-innovation",
                name = "Faulting cohort",
                startDate = "2026-09-01",
                companies = new[] { new { name = "Atelier Neuf", sector = "crafts", headcount = 4, location = "Sèvres", contactEmail = "contact@atelier-neuf.example" } },
                coaches = new[] { new { name = "Anne Petit", email = "anne.petit@example.fr", capacity = 5 } },
                launch = true,
            },
            HttpStatusCode.Created);
        var row = (await manager.GetJsonAsync($"/api/cohorts/{created.GetProperty("cohortId").GetGuid()}/board")).GetProperty("rows")[0];
        Assert.Equal("Faulted", row.GetProperty("instanceStatus").GetString());
        return row.GetProperty("instanceId").GetGuid();
    }
}
