using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cohorts.Host.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Bench;

/// <summary>
/// The pages a programme manager opens most, answered by the host in process (routing, authentication, access checks,
/// the readers' queries, Razor rendering; no network): their home (<c>/manage</c>) and the board of a Boost Innovation
/// cohort of 100 companies starting in a week, every application accepted and each company's journey running (coach
/// assigned, first session planned). The median of <see cref="Runs"/> requests after <see cref="WarmUp"/> unmeasured ones.
/// </summary>
internal static partial class ManagerPagesBenchmark
{
    private const int Companies = 100;
    private const int WarmUp = 10;
    private const int Runs = 30;
    private const string Email = "bench.manager@cohorts.bench";
    private const string Password = "Cohorts-bench-2026";
    private static readonly string[] Marketing = ["marketing"];

    public static async Task<IReadOnlyList<Figure>> RunAsync(string folder)
    {
        // The host's content root (its wwwroot and Razor pages' settings), found from the repository's root.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COHORTS_HOST", HostFolder());
        await using var host = new BenchHostFactory(folder);
        await CreateManagerAsync(host);
        using var api = await ApiClientAsync(host);
        var cohortId = await CreateCohortAsync(api);
        await AcceptAllAsync(api, cohortId);
        using var pages = await PageClientAsync(host);
        return
        [
            new Figure("manager_home_ms_100_companies", await MedianAsync(pages, "/manage"), "ms"),
            new Figure("board_ms_100_companies", await MedianAsync(pages, $"/manage/cohorts/{cohortId}"), "ms"),
        ];
    }

    private static async Task<double> MedianAsync(HttpClient client, string path)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            await GetAsync(client, path);
        }

        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await GetAsync(client, path);
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
        }

        _ = await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task CreateManagerAsync(BenchHostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CohortsUser>>();
        var user = new CohortsUser { UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = "Bench", CalendarToken = Guid.NewGuid().ToString("N") };
        Require((await users.CreateAsync(user, Password)).Succeeded, "the manager's account");
        Require((await users.AddToRoleAsync(user, CohortsRoles.Manager)).Succeeded, "the manager's role");
    }

    private static async Task<HttpClient> ApiClientAsync(BenchHostFactory host)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { email = Email, password = Password });
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<HttpClient> PageClientAsync(BenchHostFactory host)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/account/login");
        var token = WebUtility.HtmlDecode(TokenInput().Match(login).Groups[1].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = Email, ["Input.Password"] = Password, ["__RequestVerificationToken"] = token });
        using var response = await client.PostAsync("/account/login", form);
        Require(response.StatusCode == HttpStatusCode.Redirect, "the manager's sign-in");
        return client;
    }

    private static async Task<Guid> CreateCohortAsync(HttpClient api)
    {
        string programmeId;
        using (var programme = await api.PostAsJsonAsync("/api/programmes", new { templateId = "boost-innovation" }))
        {
            Require(programme.IsSuccessStatusCode, "the programme");

            // Each creation is a new programme with its own id: boost-innovation on an empty database.
            using var programmeJson = System.Text.Json.JsonDocument.Parse(await programme.Content.ReadAsStringAsync());
            programmeId = programmeJson.RootElement.GetProperty("id").GetString()!;
        }

        var companies = Enumerable.Range(1, Companies).Select(i => new
        {
            name = string.Create(CultureInfo.InvariantCulture, $"Entreprise {i:000}"),
            sector = "industry",
            headcount = 10 + i,
            location = "Nanterre",
            contactEmail = string.Create(CultureInfo.InvariantCulture, $"contact{i}@bench.example"),
            needs = Marketing,
        });
        var coaches = Enumerable.Range(1, 9).Select(i => new
        {
            name = string.Create(CultureInfo.InvariantCulture, $"Coach {i}"),
            email = string.Create(CultureInfo.InvariantCulture, $"coach{i}@bench.example"),
            capacity = 12,
            expertise = Marketing,
        });
        using var created = await api.PostAsJsonAsync("/api/cohorts", new { programmeId, name = "Bench 100", startDate = StartDate(), companies, coaches, launch = true });
        Require(created.StatusCode == HttpStatusCode.Created, $"the cohort ({await created.Content.ReadAsStringAsync()})");
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("cohortId").GetGuid();
    }

    /// <summary>Accepts every application, then waits (at most a minute) until every journey has its coach.</summary>
    private static async Task AcceptAllAsync(HttpClient api, Guid cohortId)
    {
        using (var companies = JsonDocument.Parse(await api.GetStringAsync($"/api/cohorts/{cohortId}/companies")))
        {
            foreach (var company in companies.RootElement.EnumerateArray())
            {
                using var screened = await api.PostAsJsonAsync($"/api/companies/{company.GetProperty("id").GetGuid()}/screening", new { decision = "accepted" });
                Require(screened.IsSuccessStatusCode, "a screening");
            }
        }

        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(1))
        {
            using var board = JsonDocument.Parse(await api.GetStringAsync($"/api/cohorts/{cohortId}/board"));
            if (board.RootElement.GetProperty("rows").EnumerateArray().All(r => r.GetProperty("coachId").ValueKind == JsonValueKind.String))
            {
                return;
            }

            await Task.Delay(200);
        }

        Progress.Note("not every company had its coach after a minute: the board is measured as it is");
    }

    /// <summary>
    /// A week from now: every journey has started, its coach is assigned and its first session planned, and no timer is
    /// due while the pages are measured (a start in the past would have the host catching up on reminders meanwhile).
    /// </summary>
    private static string StartDate() =>
        DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string HostFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Cohorts.sln")))
        {
            folder = folder.Parent;
        }

        return folder is null ? throw new InvalidOperationException("Run the bench from the repository (no Cohorts.sln above it).") : Path.Combine(folder.FullName, "host");
    }

    private static void Require(bool done, string what)
    {
        if (!done)
        {
            throw new InvalidOperationException($"The manager pages' benchmark could not create {what}.");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
