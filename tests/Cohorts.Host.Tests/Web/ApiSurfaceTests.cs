using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Web;

/// <summary>
/// Walks every endpoint under /api (from the endpoint data source, so those left out of the OpenAPI document too)
/// with every method and malformed bodies and queries, signed in and not: never a 5xx, every error problem details.
/// A new endpoint is walked without changing this test.
/// </summary>
public sealed class ApiSurfaceTests(ApiHostFixture host) : IClassFixture<ApiHostFixture>
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    private static readonly (string? Body, string ContentType)[] Bodies =
    [
        (null, "application/json"),
        ("{", "application/json"),
        ("[]", "application/json"),
        ("\"\\ud800\"", "application/json"),
        ("""{"x":1e309}""", "application/json"),
        ("""{"name":123,"templateId":[],"startDate":"2025-02-30","newDueAt":"2025-02-30T25:00:00Z","headcount":2147483648,"share":1e309,"decision":"accepted, rejected","outcome":"passed, failed","companies":[{"headcount":-1e400}],"attendance":{"a":"b"}}""", "application/json"),
        ("\0\u0001", "application/json"),
        ("templateId=x", "text/plain"),
    ];

    private const string BadQuery = "?from=not-a-date&to=2025-02-30&table=%00&culture=%0D%0A";

    [Fact]
    public async Task EveryEndpoint_EveryMethodAndMalformedInput_AnswersProblemJsonNever5xx()
    {
        var paths = ApiPaths(host.Factory.Services);
        Assert.True(paths.Count > 20, $"Only {paths.Count} API paths found.");
        using var anonymous = host.Factory.CreateClient();
        var failures = new List<string>();

        foreach (var path in paths)
        {
            foreach (var method in Methods)
            {
                foreach (var client in new[] { host.Manager, host.Coach, anonymous })
                {
                    foreach (var (body, type) in Bodies)
                    {
                        await CheckAsync(client, method, path, body, type, failures);
                    }

                    await CheckAsync(client, method, path + BadQuery, null, "application/json", failures);
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} answers broke the rule:\n{string.Join('\n', failures.Take(40))}");
    }

    private static async Task CheckAsync(HttpClient client, string method, string path, string? body, string type, List<string> failures)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, type);
        }

        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var media = response.Content.Headers.ContentType?.MediaType;
        if (status >= 500 || (status >= 400 && media != ProblemAssert.MediaType))
        {
            failures.Add($"{method} {path} {body}: {status} {media} {Truncate(await response.Content.ReadAsStringAsync())}");
        }
    }

    /// <summary>A concrete path for each API route: a GUID where the route wants one, a number for an int, a word otherwise.</summary>
    private static List<string> ApiPaths(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => Concrete(e.RoutePattern))
            .Where(p => p.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || p == "/api")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    private static string Concrete(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "guid") => "00000000-0000-0000-0000-0000000000aa",
                    RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content == "int") => "1",
                    _ => "x",
                });
            }
        }

        return path.ToString();
    }

    private static string Truncate(string text) => text.Length > 200 ? text[..200] + "…" : text;
}
