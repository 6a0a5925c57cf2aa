using System.Net;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests;

public sealed class CultureTests : IAsyncLifetime
{
    private readonly CohortsHostFactory _factory = new();

    [Fact]
    public async Task Culture_PostFrench_SetsCookieAndRedirectsBack()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var token = await Forms.GetAsync(client, "/account/login");

        using var response = await Forms.PostAsync(client, "/culture", token, new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "/account/login" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.OriginalString);
        Assert.Contains("Se connecter", await client.GetStringAsync("/account/login"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Culture_ForeignReturnUrl_RedirectsHome()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var token = await Forms.GetAsync(client, "/account/login");

        using var response = await Forms.PostAsync(client, "/culture", token, new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "//evil.example/" });

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Culture_WithoutAntiforgeryToken_IsRefused()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "fr" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
