using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Cohorts.Host.Tests.Web;

/// <summary>
/// The built host run as an installation runs it: its own process on Kestrel, in Production, from a working directory
/// that is not the project's (so no wwwroot in the content root), settings on the command line.
/// </summary>
public sealed partial class ProductionHostTests : IAsyncLifetime
{
    private readonly HostFiles _files = new();
    private Process? _process;
    private HttpClient? _client;

    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/favicon.ico", "image/x-icon")]
    public async Task StaticFile_InProduction_IsServed(string path, string mediaType)
    {
        using var response = await _client!.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100);
    }

    [Fact]
    public async Task LoginPage_InProduction_LinksTheStylesheetWithoutServerHeader()
    {
        using var response = await _client!.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/css/site.css", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task NullCharacterInPath_OnKestrel_IsRefusedBeforeTheApplicationNever5xx()
    {
        // Kestrel refuses a path with a null character itself (an empty 400) before any middleware runs.
        using var response = await _client!.GetAsync("/api/programmes/%00");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(8_300)]
    [InlineData(60_000)]
    public async Task AddressPastTheLimit_OnKestrel_Answers414WithProblemDetails(int length)
    {
        // Past the pipeline's 8,192 characters and within Kestrel's own 64 KB: the pipeline answers, with a body.
        using var response = await _client!.GetAsync("/api/programmes/" + new string('a', length));

        var problem = await ProblemAssert.IsProblemAsync(response, StatusCodes.Status414UriTooLong);
        Assert.Contains("8,192 characters", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageAddressPastTheLimit_OnKestrel_Answers414WithTheErrorPageInTheReadersLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login?returnUrl=" + new string('a', 9_000));
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");
        using var response = await _client!.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Contains("L’adresse ou les en-têtes de la requête sont plus longs que ce que le site accepte", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeadersPastTheLimit_OnKestrel_Answer431WithProblemDetails()
    {
        using var large = new HttpRequestMessage(HttpMethod.Get, "/api/programmes");
        large.Headers.Add("X-Large", new string('a', 40_000));
        using var many = new HttpRequestMessage(HttpMethod.Get, "/api/programmes");
        for (var i = 0; i < 120; i++)
        {
            many.Headers.Add($"X-Header-{i}", "a");
        }

        using var tooLarge = await _client!.SendAsync(large);
        using var tooMany = await _client!.SendAsync(many);

        await ProblemAssert.IsProblemAsync(tooLarge, StatusCodes.Status431RequestHeaderFieldsTooLarge);
        await ProblemAssert.IsProblemAsync(tooMany, StatusCodes.Status431RequestHeaderFieldsTooLarge);
    }

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = _files.Folder,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var setting in new[]
        {
            "--Urls=http://127.0.0.1:0",
            $"--Cohorts:Sqlite:DatabasePath={_files.DatabasePath}",
            $"--Cohorts:Scheduling:DatabasePath={_files.SchedulerPath}",
            "--Cohorts:Scheduling:IdleWaitTime=00:00:01",
            "--Cohorts:Demo:Enabled=false",
            "--Cohorts:PublicBaseUrl=https://cohorts.test",
            "--Logging:LogLevel:Default=Information",
        })
        {
            start.ArgumentList.Add(setting);
        }

        _process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = new List<string>();
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            output.Add(line);
            if (Listening().Match(line) is { Success: true } match)
            {
                _client = new HttpClient { BaseAddress = new Uri(match.Groups["url"].Value) };
                _ = _process.StandardOutput.ReadToEndAsync(CancellationToken.None); // keep the pipe drained
                _ = _process.StandardError.ReadToEndAsync(CancellationToken.None);
                return;
            }
        }

        Assert.Fail($"The host did not start: {string.Join('\n', output)}\n{await _process.StandardError.ReadToEndAsync(timeout.Token)}");
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _files.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex Listening();
}
