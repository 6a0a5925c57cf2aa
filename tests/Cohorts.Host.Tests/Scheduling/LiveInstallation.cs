using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Cohorts.Host.Tests.Scheduling;

/// <summary>
/// One installation on its SQLite files (engine and scheduler) and a fake clock, with the scheduler settings of the
/// repository's appsettings.json (the demo off, as a real installation's), stopped and started again on the same files
/// as an operator restarts it. API clients renew their token once it would have expired.
/// </summary>
internal sealed class LiveInstallation : IAsyncDisposable
{
    // appsettings.json's scheduler threads and idle wait. Its sweeps (the timers' reconciliation every 5 minutes, the
    // signal outbox every 10 s, the mail every 15 s) run hourly here: on a fake clock moved months ahead, every interval
    // passed is one sweep run in the test's time (five minutes made tens of thousands of reconciliations, half a minute),
    // while an hour still runs each hundreds of times between and around the fires. None decides when a timer fires.
    private static readonly Dictionary<string, string?> RealSettings = new()
    {
        ["Cohorts:Scheduling:ThreadCount"] = "2",
        ["Cohorts:Scheduling:IdleWaitTime"] = "00:00:30",
        ["Cohorts:Scheduling:ReconciliationInterval"] = "01:00:00",
        ["Cohorts:Outbox:PollInterval"] = "01:00:00",
        ["Cohorts:Mail:PollInterval"] = "01:00:00",
    };

    // A bearer token lasts an hour, a refresh token 14 days (CredentialLimits): renewed a little before.
    private static readonly TimeSpan SignInAgainAfter = TimeSpan.FromMinutes(50);
    private static readonly TimeSpan RefreshAgainAfter = TimeSpan.FromDays(13);

    private readonly HostFiles _files = new();
    private readonly Dictionary<string, (HttpClient Client, DateTimeOffset At, string RefreshToken)> _clients = [];

    public LiveInstallation(FakeTimeProvider clock)
    {
        Clock = clock;
        Host = Start();
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>Gets the running host (a new one after each restart).</summary>
    public CohortsHostFactory Host { get; private set; }

    /// <summary>
    /// An API client signed in as <paramref name="email"/>: signed in once, then its token refreshed when it is about to
    /// expire (a refresh, unlike a sign-in, hashes no password), or signed in again once the refresh token has expired.
    /// </summary>
    public async Task<HttpClient> ClientAsync(string email)
    {
        var now = Clock.GetUtcNow();
        if (_clients.TryGetValue(email, out var signedIn) && now - signedIn.At < SignInAgainAfter)
        {
            return signedIn.Client;
        }

        var client = signedIn.Client ?? Host.CreateClient();
        using var response = signedIn.Client is not null && now - signedIn.At < RefreshAgainAfter
            ? await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = signedIn.RefreshToken })
            : await client.PostAsJsonAsync("/api/auth/token", new { email, password = TestAccounts.Password });
        var tokens = await response.ReadJsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        _clients[email] = (client, now, tokens.GetProperty("refreshToken").GetString()!);
        return client;
    }

    /// <summary>Stops the host, moves the clock while it is down, and starts a new host on the same files.</summary>
    public async Task RestartAsync(DateTimeOffset backAt)
    {
        ForgetClients();
        await Host.DisposeAsync();
        Clock.SetUtcNow(backAt);
        Host = Start();
    }

    public async ValueTask DisposeAsync()
    {
        ForgetClients();
        await Host.DisposeAsync();
        _files.Dispose();
    }

    private CohortsHostFactory Start()
    {
        var host = new CohortsHostFactory(_files, Clock, RealSettings);
        host.CreateClient().Dispose(); // starts it: migrations, the start-up catch-up of timers, Quartz
        return host;
    }

    private void ForgetClients()
    {
        foreach (var (client, _, _) in _clients.Values)
        {
            client.Dispose();
        }

        _clients.Clear();
    }
}
