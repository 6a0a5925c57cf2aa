using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Credentials;

/// <summary>
/// A refused sign-in tells nothing about the account: an unknown address, a wrong password, a locked or disabled
/// account get the same status and body, from the same amount of work (one password hash).
/// </summary>
public sealed partial class SignInAnswerTests : IAsyncLifetime
{
    private const string Known = "known@cohorts.test";
    private const string Locked = "locked@cohorts.test";
    private const string Unknown = "nobody@cohorts.test";
    private readonly CohortsHostFactory _host = new();
    private readonly CountingPasswordHasher _hasher = new();
    private WebApplicationFactory<Program> _factory = null!;

    public static TheoryData<string, string> Refusals => new()
    {
        { Unknown, TestAccounts.Password },
        { Known, "not-the-password" },
        { Locked, TestAccounts.Password },
        { Locked, "not-the-password" },
    };

    [Fact]
    public async Task Token_UnknownWrongPasswordLocked_AnswerTheSame()
    {
        var answers = new List<string>();
        foreach (var (email, password) in Refusals.Select(row => ((string)row[0], (string)row[1])))
        {
            using var client = _factory.CreateClient();
            using var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            body.Remove("traceId"); // differs per request
            answers.Add($"{(int)response.StatusCode} {response.Content.Headers.ContentType} {body.ToJsonString()}");
        }

        Assert.StartsWith("401 application/problem+json", answers[0], StringComparison.Ordinal);
        Assert.DoesNotContain("locked", answers[0], StringComparison.OrdinalIgnoreCase);
        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
    }

    [Fact]
    public async Task Login_UnknownWrongPasswordLocked_ShowTheSameMessage()
    {
        var answers = new List<string>();
        foreach (var (email, password) in Refusals.Select(row => ((string)row[0], (string)row[1])))
        {
            using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var token = await Forms.GetAsync(client, "/account/login");
            using var response = await Forms.PostAsync(client, "/account/login", token, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
            var html = await response.Content.ReadAsStringAsync();
            answers.Add($"{(int)response.StatusCode} {Errors().Match(html).Value}");
        }

        Assert.Contains("Wrong e-mail address or password.", answers[0], StringComparison.Ordinal);
        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Token_EveryRefusal_ChecksOnePassword(string email, string password)
    {
        using var client = _factory.CreateClient();
        var before = _hasher.Verifications;

        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email, password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, _hasher.Verifications - before);
    }

    public async Task InitializeAsync()
    {
        _factory = _host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<CohortsUser>>(_hasher)));
        await _factory.CreateUserAsync(Known, CohortsRoles.Coach);
        await _factory.CreateUserAsync(Locked, CohortsRoles.Coach);
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>();
        var locked = (await users.FindByEmailAsync(Locked))!;
        Assert.True((await users.SetLockoutEnabledAsync(locked, true)).Succeeded);
        Assert.True((await users.SetLockoutEndDateAsync(locked, DateTimeOffset.MaxValue)).Succeeded);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _host.DisposeAsync();
    }

    [GeneratedRegex("<div class=\"errors[^\"]*\"[^>]*>.*?</div>", RegexOptions.Singleline)]
    private static partial Regex Errors();
}
