using System.Net;
using System.Text;
using System.Text.Json;
using Cohorts.Host.Reporting.Exports;
using Cohorts.Host.Tests.Support;
using Cohorts.Host.Web;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cohorts.Host.Tests.Web;

/// <summary>Headers, redirects, links and exports that a hostile client or file cannot turn against the site's users.</summary>
public sealed class WebHygieneTests(ApiHostFixture host) : IClassFixture<ApiHostFixture>
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/manage/programmes")]
    [InlineData("/css/site.css")]
    [InlineData("/api/me")]
    [InlineData("/api/nothing-here")]
    [InlineData("/no-such-page")]
    public async Task AnyAnswer_HasTheSecurityHeaders(string path)
    {
        using var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Pages_HaveNoInlineScriptOrStyle()
    {
        using var client = await host.Factory.CreatePageClientAsync(ApiHostFixture.CoachEmail);

        foreach (var path in new[] { "/account/login", "/coach/week", "/coach/companies" })
        {
            var html = await client.GetStringAsync(path);
            Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("https://cohorts.example.org", true)]
    [InlineData("http://localhost:5000/cohorts/", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("cohorts.example.org", false)]
    [InlineData("/cohorts", false)]
    [InlineData("ftp://cohorts.example.org", false)]
    [InlineData("https://cohorts.example.org/?x=1", false)]
    [InlineData("https://user:secret@cohorts.example.org", false)]
    public void PublicBaseUrl_Validation_AcceptsOnlyAnAbsoluteHttpAddress(string? url, bool valid)
    {
        var result = new PublicSiteOptionsValidator().Validate(null, new PublicSiteOptions { PublicBaseUrl = url });

        Assert.Equal(valid, result.Succeeded);
        Assert.True(valid || (result.FailureMessage ?? string.Empty).Contains("Cohorts:PublicBaseUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void Kestrel_SendsNoServerHeader() =>
        Assert.False(host.Factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);

    [Theory]
    [InlineData("/\t/evil.test")]
    [InlineData("/\\evil.test")]
    [InlineData("//evil.test")]
    [InlineData("/ /evil.test")]
    [InlineData("/\r\nSet-Cookie: x=y")]
    [InlineData("https://evil.test/")]
    [InlineData("/caf\u00e9")]
    [InlineData("")]
    public async Task Culture_UnsafeReturnUrl_RedirectsHome(string returnUrl)
    {
        using var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var token = await Forms.GetAsync(client, "/account/login");

        using var response = await Forms.PostAsync(client, "/culture", token, new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("xx-INVALID")]
    public async Task Culture_MissingOrUnknown_RemembersTheDefaultAndRedirects(string? culture)
    {
        using var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var token = await Forms.GetAsync(client, "/account/login");
        var fields = new Dictionary<string, string> { ["returnUrl"] = "/account/login" };
        if (culture is not null)
        {
            fields["culture"] = culture;
        }

        using var response = await Forms.PostAsync(client, "/culture", token, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CalendarAddress_HostHeaderOfAnotherSite_StartsWithThePublicBaseUrl()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/coach/calendar-token");
        request.Headers.Host = "evil.test";

        using var response = await host.Coach.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var url = body.RootElement.GetProperty("url").GetString()!;
        Assert.StartsWith(CohortsHostFactory.PublicBaseUrl + "/api/calendar/", url, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.test", url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeekPage_HostHeaderOfAnotherSite_ShowsTheAddressFromThePublicBaseUrl()
    {
        using var client = await host.Factory.CreatePageClientAsync(ApiHostFixture.CoachEmail);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/coach/week");
        request.Headers.Host = "evil.test";

        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains(CohortsHostFactory.PublicBaseUrl + "/api/calendar/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.test", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(A1;B1)")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public void Csv_CellThatASpreadsheetWouldRun_IsEscapedWithAQuote(string text)
    {
        var csv = Encoding.UTF8.GetString(ProgressCsv.Companies([new CompanyRow(text, text, "s", "st", text, 1, -1, 0, -0.5m, 0)]));
        var kpis = Encoding.UTF8.GetString(ProgressCsv.Kpis([new KpiRow(text, -5m, 10m, null, null, text, null, null)]));

        foreach (var (file, cells) in new[] { (csv, 3), (kpis, 2) })
        {
            // Every text cell holding it has the quote in front; none is left as it was.
            Assert.Equal(cells, Occurrences(file, "'" + text));
            Assert.Equal(cells, Occurrences(file, text));
        }

        Assert.Contains(",-1,", csv, StringComparison.Ordinal); // numbers stay numbers
        Assert.Contains(",-5,", kpis, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
