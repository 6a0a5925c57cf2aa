using System.Text.Json.Nodes;
using Snapshooter.Xunit;

namespace Cohorts.Host.Tests;

public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    private readonly CohortsHostFactory _factory = new();

    /// <summary>
    /// The API's contract as published: a change to any route, body, response or error shows up here and has to be
    /// accepted on purpose (delete the snapshot file under __snapshots__ to accept a deliberate change).
    /// </summary>
    [Fact]
    public async Task Document_AsPublished_MatchesTheSnapshot()
    {
        using var client = _factory.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();
        document.Remove("servers"); // the test server's address

        Snapshot.Match(document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public async Task Document_EveryOperation_HasATagASummaryAndDeclaresItsProblems()
    {
        using var client = _factory.CreateClient();

        var paths = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!["paths"]!.AsObject();

        Assert.NotEmpty(paths);
        foreach (var (path, item) in paths)
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                Assert.True(operation!["tags"] is JsonArray { Count: > 0 }, $"{method} {path} has no tag.");
                Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{method} {path} has no summary.");
            }
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
