using System.Net;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Tests.Web;

/// <summary>A page's error status without a body (no such page, a form without its antiforgery token, a body too large) answers the error page with that status.</summary>
public sealed class PageErrorTests(ApiHostFixture host) : IClassFixture<ApiHostFixture>
{
    [Fact]
    public async Task Get_NoSuchPage_Answers404WithTheErrorPage()
    {
        using var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/no-such-page");

        await AssertErrorPageAsync(response, HttpStatusCode.NotFound, "Not found");
    }

    [Fact]
    public async Task PostForm_WithoutItsAntiforgeryToken_Answers400WithTheErrorPage()
    {
        using var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = ApiHostFixture.ManagerEmail, ["Input.Password"] = "x" });

        using var response = await client.PostAsync("/account/login", form);

        await AssertErrorPageAsync(response, HttpStatusCode.BadRequest, "The request cannot be carried out");
    }

    [Theory]
    [InlineData("DELETE", "/account/login")]
    [InlineData("PUT", "/account/login")]
    [InlineData("OPTIONS", "/account/login")]
    [InlineData("PATCH", "/")]
    public async Task AnyOtherMethod_OnAPage_Answers405WithTheErrorPage(string method, string path)
    {
        using var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await client.SendAsync(request);

        await AssertErrorPageAsync(response, HttpStatusCode.MethodNotAllowed, "The request cannot be carried out");
    }

    [Fact]
    public async Task PostForm_PastTheFormBodyLimit_Answers413WithTheErrorPage()
    {
        using var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var form = new ByteArrayContent(new byte[InputLimits.MaxFormBodyBytes + 1]);
        form.Headers.ContentType = new("application/x-www-form-urlencoded");

        using var response = await client.PostAsync("/account/login", form);

        await AssertErrorPageAsync(response, HttpStatusCode.RequestEntityTooLarge, "Too large");
    }

    private static async Task AssertErrorPageAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<h1>{title}</h1>", html, StringComparison.Ordinal);
    }
}
