using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cohorts.Bench;

/// <summary>Signing in to the host's API with a bearer token, as the demo's manager or funder.</summary>
internal static class BenchApi
{
    public const string ManagerEmail = "manager@cohorts.demo";
    public const string FunderEmail = "funder@cohorts.demo";
    public const string DemoPassword = "Cohorts-demo-2026";

    /// <summary>Signs in on <paramref name="client"/> and keeps the access token in its default headers.</summary>
    public static async Task<HttpClient> ClientAsync(HttpClient client, string email)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password = DemoPassword });
        Require(response.IsSuccessStatusCode, $"a token for {email}");
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>Gets a bearer token for <paramref name="email"/>.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string email)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password = DemoPassword });
        Require(response.IsSuccessStatusCode, $"a token for {email}");
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return token.RootElement.GetProperty("accessToken").GetString()!;
    }

    public static void Require(bool done, string what)
    {
        if (!done)
        {
            throw new InvalidOperationException($"The benchmark could not get {what}.");
        }
    }
}
