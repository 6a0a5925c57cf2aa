using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Cohorts.Host.Tests.Crash;
using Cohorts.Host.Tests.Support;
using Cohorts.Tests.PostgreSql;
using Xunit.Abstractions;

namespace Cohorts.Host.Tests.PostgreSql;

/// <summary>
/// Two host processes on one PostgreSQL database (issue 18): six API clients spread their writes over both (screenings,
/// session outcomes, milestone decisions) with one bearer token, while each journey's cool-down timer fires through
/// the clustered scheduler; one host or the other is SIGKILLed at random moments and started again. At the end the
/// database shows every acknowledged write once, nothing stranded, every journey at its end, every timer resumed its
/// instance exactly once and has its trigger while it waits, and both hosts answer the same progress. Runs on the real
/// clock with bounded waits; the seed is printed (COHORTS_CRASH_SEED replays it).
/// </summary>
[Trait("Category", "Crash")]
public sealed class TwoHostsTests(ITestOutputHelper output)
{
    private const int Cohorts = 4;
    private const int CompaniesPerCohort = 30;
    private const int Clients = 6;
    private const int Kills = 4;
    private const int CarriedAlone = 40;
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(6);

    [PostgresFact]
    public async Task TwoHosts_OneKilledWhileTimersFireAndClientsWrite_EveryTimerOnceEveryWriteOnce()
    {
        var seed = Environment.GetEnvironmentVariable("COHORTS_CRASH_SEED") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        output.WriteLine($"Seed {seed} (COHORTS_CRASH_SEED={seed} replays the kill schedule).");
        var server = await PostgresServer.GetAsync();
        var connectionString = await server.CreateDatabaseAsync("twohosts");
        try
        {
            var settings = new Dictionary<string, string>
            {
                ["Cohorts:Database:Provider"] = "PostgreSql",
                ["Cohorts:Database:PostgreSql:ConnectionString"] = connectionString,
                ["Cohorts:Scheduling:ClusterCheckinInterval"] = "00:00:01",
            };
            using var files = new HostFiles();
            var cohortIds = await CrashSetup.PrepareAsync(files, Cohorts, CompaniesPerCohort, settings);
            var database = new PostgresCrashDatabase(connectionString);
            var prepared = await database.SnapshotAsync();
            Assert.Equal(Cohorts * CompaniesPerCohort, prepared.Companies.Count);

            var watch = Stopwatch.StartNew();
            await using var first = new HostProcess(files, settings);
            await using var second = new HostProcess(files, settings);
            HostProcess[] hosts = [first, second];
            await Task.WhenAll(first.StartAsync(), second.StartAsync());
            await AssertTokenCrossesHostsAsync(first.BaseAddress, second.BaseAddress);

            var deadline = TimeProvider.System.GetUtcNow() + RunLimit;
            await using var clients = new CrashClients([first.BaseAddress, second.BaseAddress], database, seed);
            clients.QueueScreenings(prepared.Companies.Select(c => c.Id));
            var running = clients.RunAsync(Clients, deadline);

            var random = new Random(seed ^ 0x2b05);
            var kills = new List<string>();
            for (var kill = 1; kill <= Kills; kill++)
            {
                var target = clients.Answered + random.Next(3, 12);
                await WaitAsync(() => clients.Answered >= target || (clients.Idle && clients.SinceNewWork > CrashSettling.Quiet), TimeSpan.FromSeconds(60));
                if (clients.Idle && clients.SinceNewWork > CrashSettling.Quiet)
                {
                    break;
                }

                var victim = hosts[random.Next(hosts.Length)];
                await Task.Delay(random.Next(0, 400));
                await victim.KillAsync();
                kills.Add($"kill {kill}: host {Array.IndexOf(hosts, victim) + 1} at {watch.Elapsed.TotalSeconds:F1} s, {clients.Answered} answers so far");

                // The other host carries the traffic (and the timers) for a while before the victim comes back. A restart
                // can take many seconds on a loaded machine: past a bounded share of the work, the clients wait for it, so
                // the workload is not spent before the next kill.
                await Task.Delay(random.Next(200, 1_500));
                var killedAt = clients.Answered;
                var restart = victim.StartAsync();
                await WaitAsync(() => restart.IsCompleted || clients.Answered >= killedAt + CarriedAlone, TimeSpan.FromSeconds(60));
                clients.Hold();
                try
                {
                    await restart;
                }
                finally
                {
                    clients.Resume();
                }
            }

            var settled = await CrashSettling.SettleAsync(database, hosts, clients, deadline);
            clients.Stop();
            await running;
            var progress = await ProgressOnBothAsync(first.BaseAddress, second.BaseAddress, cohortIds);
            await first.KillAsync();
            await second.KillAsync();
            var snapshot = await database.SnapshotAsync() with { TimerTriggers = await database.TimerTriggersAsync() };
            var checks = CrashChecks.Run(snapshot, clients.Writes, CrashSetup.ManagerEmail);
            var nodes = await database.CountAsync("SELECT COUNT(DISTINCT instance_name) FROM qrtz_scheduler_state");

            output.WriteLine(string.Join('\n', kills));
            output.WriteLine($"{kills.Count} kills; {(settled ? "settled" : "NOT settled")} at {watch.Elapsed.TotalSeconds:F1} s; writes acknowledged per host: {string.Join(", ", clients.RecordedBy.Select(p => $"{p.Key.Port} {p.Value}"))}; attempts without an answer: {string.Join(", ", clients.LostBy.Select(p => $"{p.Key.Port} {p.Value}"))}; scheduler nodes seen: {nodes}.");
            output.WriteLine(checks.Report());
            if (checks.Problems.Count > 0)
            {
                output.WriteLine("Host 1 (last lines):\n" + first.Tail(30) + "\nHost 2 (last lines):\n" + second.Tail(30));
            }

            Assert.True(kills.Count >= 3, $"Only {kills.Count} kills happened while writes were under way: the test proves little.");
            Assert.True(checks.Problems.Count == 0, $"After {kills.Count} SIGKILLs of one of two hosts (seed {seed}):\n{checks.Report()}");
            Assert.All(hosts, host => Assert.True(clients.RecordedBy.GetValueOrDefault(host.BaseAddress) > 0, $"Host on port {host.Port} acknowledged no write."));
            Assert.Equal(progress.First, progress.Second);
            Assert.Equal(Cohorts * CompaniesPerCohort, snapshot.CoolDownResumes.Count + snapshot.Companies.Count(c => c.Status == "Rejected"));
        }
        finally
        {
            await server.DropDatabaseAsync(connectionString);
        }
    }

    /// <summary>A token issued by the first host is accepted by the second: one key ring, in the database.</summary>
    private static async Task AssertTokenCrossesHostsAsync(Uri first, Uri second)
    {
        using var one = new HttpClient { BaseAddress = first };
        using var two = new HttpClient { BaseAddress = second };
        using var issued = await one.PostAsJsonAsync("/api/auth/token", new { email = CrashSetup.ManagerEmail, password = TestAccounts.Password });
        issued.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await issued.Content.ReadAsStringAsync());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/cohorts");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        using var answer = await two.SendAsync(request);
        Assert.True(answer.IsSuccessStatusCode, $"The second host refused the first host's token: {(int)answer.StatusCode}.");
    }

    /// <summary>The cohorts' progress as each host answers it (the same database: the same figures).</summary>
    private static async Task<(string First, string Second)> ProgressOnBothAsync(Uri first, Uri second, IReadOnlyList<Guid> cohortIds)
    {
        async Task<string> ReadAsync(Uri host)
        {
            using var client = new HttpClient { BaseAddress = host };
            using var issued = await client.PostAsJsonAsync("/api/auth/token", new { email = CrashSetup.ManagerEmail, password = TestAccounts.Password });
            issued.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await issued.Content.ReadAsStringAsync());
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", json.RootElement.GetProperty("accessToken").GetString());
            var bodies = new List<string>();
            foreach (var id in cohortIds)
            {
                // What was recorded (the totals, each company's figures), not the moment each host computed it at.
                using var progress = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/cohorts/{id}/progress", UriKind.Relative)));
                bodies.Add(progress.RootElement.GetProperty("totals").GetRawText() + progress.RootElement.GetProperty("companies").GetRawText());
            }

            return string.Join('\n', bodies);
        }

        return (await ReadAsync(first), await ReadAsync(second));
    }

    private static async Task WaitAsync(Func<bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!condition() && watch.Elapsed < limit)
        {
            await Task.Delay(50);
        }
    }
}
