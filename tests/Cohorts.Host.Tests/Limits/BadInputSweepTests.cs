using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Limits;

/// <summary>
/// Bad input thrown at every operation the API document lists, under every role and none: malformed and mistyped
/// JSON, nesting, lone surrogates, numbers out of range, comma-joined enum values, oversized bodies, ids that are not
/// ids. No answer may be a 5xx, and every refusal is problem details, whatever the method and status.
/// </summary>
public sealed class BadInputSweepTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private static readonly string[] Bodies =
    [
        string.Empty,
        "{",
        "[]",
        "null",
        "42",
        """{"name":123,"email":[],"decision":{},"at":"2025-02-30","count":2147483648}""",
        """{"decision":"accepted, rejected","outcome":"passed, failed","role":"coach,manager"}""",
        """{"reason":"\ud800","name":"\udfff"}""",
        """{"visitors":1e309,"durationMonths":-1,"pageSize":-5}""",
        string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200),
        "{\"notes\":\"" + new string('x', 300_000) + "\"}",
    ];

    private static readonly string[] Ids = [Guid.NewGuid().ToString(), "not-an-id", new string('9', 400), "..%2F..%2Fetc", "2147483648"];

    [Fact]
    public async Task EveryOperation_BadInputUnderEveryRole_NeverA5xxAndEveryRefusalIsProblemDetails()
    {
        using var anonymous = demo.Factory.CreateClient();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!["paths"]!.AsObject();
        List<HttpClient> clients =
        [
            anonymous,
            await demo.Factory.CreateApiClientAsync(TestAccounts.Manager),
            await demo.Factory.CreateApiClientAsync(TestAccounts.CoachMartin),
            await demo.Factory.CreateApiClientAsync(TestAccounts.Funder),
            await demo.Factory.CreateApiClientAsync("admin@cohorts.demo"),
        ];
        List<string> failures = [];
        var requests = 0;
        try
        {
            foreach (var (template, item) in document)
            {
                if (template.Contains("signout-everywhere", StringComparison.Ordinal))
                {
                    continue; // would revoke the clients' own tokens, leaving the rest of the sweep at 401
                }

                foreach (var (method, _) in item!.AsObject())
                {
                    var verb = new HttpMethod(method.ToUpperInvariant());
                    var writes = verb != HttpMethod.Get && verb != HttpMethod.Delete;
                    foreach (var path in Paths(template))
                    {
                        foreach (var client in clients)
                        {
                            foreach (var body in writes ? Bodies.Cast<string?>() : [null])
                            {
                                requests++;
                                await CheckAsync(client, verb, path, body, failures);
                            }
                        }
                    }
                }
            }
        }
        finally
        {
            foreach (var client in clients.Skip(1))
            {
                client.Dispose();
            }
        }

        Assert.True(requests > 1_000, $"only {requests} requests were made");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} answers were wrong:\n" + string.Join('\n', failures.Take(40)));
    }

    private static IEnumerable<string> Paths(string template)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            yield return template + "?page=-1&pageSize=100000&from=not-a-date&culture=xx";
            yield break;
        }

        foreach (var id in Ids)
        {
            yield return System.Text.RegularExpressions.Regex.Replace(template, "\\{[^}]+\\}", id);
        }
    }

    private static async Task CheckAsync(HttpClient client, HttpMethod method, string path, string? body, List<string> failures)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var described = $"{method} {Shorten(path)} {Shorten(body ?? string.Empty)} as {(client.DefaultRequestHeaders.Authorization is null ? "anonymous" : "signed in")}: {status}";
        if (status >= 500)
        {
            failures.Add(described + " " + Shorten(await response.Content.ReadAsStringAsync()));
        }
        else if (status >= 400 && path.StartsWith("/api/", StringComparison.Ordinal) && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            failures.Add(described + $" answered {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not problem details");
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
