using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Manager;

/// <summary>Reads API answers in manager tests: JSON bodies and the fields problem details name.</summary>
internal static class ApiJson
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string path, object body, HttpStatusCode expected)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        return await response.ReadJsonAsync(expected);
    }

    /// <summary>Checks the status and reads the body (a copy that outlives the response).</summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode} {text}"
                + (response.StatusCode == HttpStatusCode.InternalServerError ? $"{Environment.NewLine}The hosts' latest errors:{Environment.NewLine}{ServerErrorLog.Latest()}" : string.Empty));
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Checks that a problem details answer has the status and names the field in its errors.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, string field)
    {
        var problem = await response.ReadJsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"No errors in {problem}");
        Assert.True(errors.TryGetProperty(field, out _), $"The problem names {string.Join(", ", errors.EnumerateObject().Select(p => p.Name))}, not {field}.");
        return problem;
    }
}
