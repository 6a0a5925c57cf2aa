using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cohorts.Host.Tests.Credentials;

/// <summary>The API's sign-in as a client does it, keeping both tokens.</summary>
public static class ApiSignIn
{
    /// <summary>Signs in; answers the bearer token and the refresh token.</summary>
    public static async Task<Tokens> TokenAsync(WebApplicationFactory<Program> factory, string email, string password = Support.TestAccounts.Password)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
        Assert.True(response.IsSuccessStatusCode, $"Sign-in of {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await ReadAsync(response);
    }

    /// <summary>Uses a refresh token; answers the response as is.</summary>
    public static Task<HttpResponseMessage> RefreshAsync(HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

    /// <summary>Reads the tokens of a successful sign-in or refresh.</summary>
    public static async Task<Tokens> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new Tokens(body.RootElement.GetProperty("accessToken").GetString()!, body.RootElement.GetProperty("refreshToken").GetString()!);
    }

    /// <summary>GET /api/me with a bearer token: its status.</summary>
    public static async Task<HttpStatusCode> MeAsync(WebApplicationFactory<Program> factory, string accessToken)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>POST /api/auth/signout-everywhere with a bearer token: its status.</summary>
    public static async Task<HttpStatusCode> SignOutEverywhereAsync(WebApplicationFactory<Program> factory, string accessToken)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/signout-everywhere");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>A bearer token and its refresh token.</summary>
    public sealed record Tokens(string Access, string Refresh);
}
