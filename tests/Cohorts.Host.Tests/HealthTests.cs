using System.Net;
using System.Text.Json;

namespace Cohorts.Host.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_FreshInstallation_ReportsDatabaseAndSchedulerHealthy()
    {
        await using var factory = new CohortsHostFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());
        Assert.True(File.Exists(factory.Files.DatabasePath), "the database file is created and migrated at start");
    }

    [Fact]
    public async Task Readiness_ChecksDatabaseAndScheduler_LivenessOnlyTheProcess()
    {
        await using var factory = new CohortsHostFactory();
        using var client = factory.CreateClient();

        using var ready = JsonDocument.Parse(await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));
        using var live = JsonDocument.Parse(await client.GetStringAsync(new Uri("/health/live", UriKind.Relative)));

        Assert.Equal(["database", "scheduler"], ready.RootElement.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());
        Assert.Equal("Healthy", live.RootElement.GetProperty("status").GetString());
        Assert.Empty(live.RootElement.GetProperty("checks").EnumerateObject());
    }
}
