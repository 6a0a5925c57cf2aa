using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Support;

/// <summary>Accounts for host tests: the demo accounts, users made on the spot, API clients signed in with a bearer token.</summary>
public static class TestAccounts
{
    /// <summary>The password of the demo accounts (the default of Cohorts:Demo:Password) and of users made here.</summary>
    public const string Password = "Cohorts-demo-2026";

    public const string Manager = "manager@cohorts.demo";
    public const string CoachMartin = "julien.martin@cohorts.demo";
    public const string CoachLeroy = "sophie.leroy@cohorts.demo";
    public const string CoachBenali = "karim.benali@cohorts.demo";
    public const string Funder = "funder@cohorts.demo";

    /// <summary>Makes a user with one role (and the language they chose, if any); answers its id.</summary>
    public static async Task<string> CreateUserAsync(this WebApplicationFactory<Program> factory, string email, string role, string? language = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>();
        var user = new CohortsUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, CalendarToken = Guid.NewGuid().ToString("N"), Language = language };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user.Id;
    }

    /// <summary>An API client signed in as <paramref name="email"/> with a bearer token from POST /api/auth/token.</summary>
    public static async Task<HttpClient> CreateApiClientAsync(this WebApplicationFactory<Program> factory, string email, string password = Password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
        Assert.True(response.IsSuccessStatusCode, $"Sign-in of {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>A browser-like client (cookies, no redirects followed) signed in as <paramref name="email"/> through the sign-in page.</summary>
    public static async Task<HttpClient> CreatePageClientAsync(this WebApplicationFactory<Program> factory, string email, string password = Password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await Forms.GetAsync(client, "/account/login");
        using var response = await Forms.PostAsync(client, "/account/login", form, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
