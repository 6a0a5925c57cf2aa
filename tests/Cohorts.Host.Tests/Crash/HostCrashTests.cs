using System.Diagnostics;
using System.Globalization;
using Xunit.Abstractions;

namespace Cohorts.Host.Tests.Crash;

/// <summary>
/// The black-box crash test of issue 11: the host as a real process on its own SQLite files, SIGKILLed at random moments
/// while six API clients screen companies, record session outcomes and decide milestones, and started again each time;
/// the clients retry every write until an answer says it is recorded (2xx, or a 409 naming the record). After the last
/// restart and a settling period, the database file must show every acknowledged write once, no decision recorded while
/// its instance still waits for the signal that carries it, no domain row without the committed step that made it, and
/// every journey whose writes went through at its end; no retry after a lost answer may be refused with a 400 "already".
/// Runs on the real clock with bounded waits; the random kill moments come from a seed printed in the output (set
/// COHORTS_CRASH_SEED to replay a schedule). Run it alone with <c>dotnet test --filter Category=Crash</c>.
/// </summary>
[Trait("Category", "Crash")]
public sealed class HostCrashTests(ITestOutputHelper output)
{
    private const int Cohorts = 2;
    private const int CompaniesPerCohort = 15;
    private const int Clients = 6;
    private const int Kills = 5;

    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(6); // a safety bound: about a minute on an idle machine
    private static readonly TimeSpan Quiet = CrashSettling.Quiet;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Host_KilledWhileClientsWrite_NothingLostDoubledOrStranded(bool deleteSchedulerOnce)
    {
        var seed = Environment.GetEnvironmentVariable("COHORTS_CRASH_SEED") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        output.WriteLine($"Seed {seed} (COHORTS_CRASH_SEED={seed} replays the kill schedule); scheduler file deleted once: {deleteSchedulerOnce}.");
        var watch = Stopwatch.StartNew();
        using var files = new HostFiles();
        await CrashSetup.PrepareAsync(files, Cohorts, CompaniesPerCohort);
        var database = new CrashDatabase(files.DatabasePath, files.SchedulerPath);
        var prepared = await database.SnapshotAsync();
        Assert.Equal(Cohorts * CompaniesPerCohort, prepared.Companies.Count);
        Assert.All(prepared.Companies, c => Assert.Contains(prepared.Bookmarks, b => b.InstanceId == c.Id && b.Name == "screening-decided"));
        output.WriteLine($"Prepared {prepared.Companies.Count} companies awaiting screening in {Cohorts} cohorts: {watch.Elapsed.TotalSeconds:F1} s.");

        await using var host = new HostProcess(files);
        await host.StartAsync();
        var deadline = TimeProvider.System.GetUtcNow() + RunLimit;
        await using var clients = new CrashClients(host.BaseAddress, database, seed);
        clients.QueueScreenings(prepared.Companies.Select(c => c.Id));
        var running = clients.RunAsync(Clients, deadline);

        var random = new Random(seed ^ 0x5eed);
        var killedWith = new List<string>();
        var kills = 0;
        for (var kill = 1; kill <= Kills; kill++)
        {
            // A random moment while writes are under way: a random number of answers since the last start (so the
            // kills spread over the writes however fast the machine is), then a random pause within a request's time.
            var target = clients.Answered + random.Next(2, 12);
            await WaitAsync(() => clients.Answered >= target || (clients.Idle && clients.SinceNewWork > Quiet), TimeSpan.FromSeconds(60));
            if (clients.Idle && clients.SinceNewWork > Quiet)
            {
                break; // no more traffic to interrupt
            }

            await Task.Delay(random.Next(0, 400));
            await host.KillAsync();
            kills++;
            killedWith.Add($"kill {kill} at {watch.Elapsed.TotalSeconds:F1} s, {clients.Answered} answers so far");
            if (deleteSchedulerOnce && kill == (Kills / 2) + 1)
            {
                DeleteScheduler(files);
                killedWith.Add("  scheduler file deleted");
            }

            await Task.Delay(random.Next(0, 400));
            await host.StartAsync();
        }

        // The writes still to make, with the host up for good, then settling: the journeys' last timers fire, signals
        // still owed are delivered, and nothing changes any more (bounded). The clients keep writing meanwhile, so a
        // session or milestone that appears late is still recorded or decided.
        var settled = await CrashSettling.SettleAsync(database, [host], clients, deadline);
        var written = watch.Elapsed;
        clients.Stop();
        await running;
        await host.KillAsync();
        var snapshot = await database.SnapshotAsync() with { TimerTriggers = await database.TimerTriggersAsync() };
        var checks = CrashChecks.Run(snapshot, clients.Writes, CrashSetup.ManagerEmail);

        output.WriteLine(string.Join('\n', killedWith));
        output.WriteLine($"{kills} kills while writing, {host.Starts} starts ({host.StartTime.TotalSeconds:F1} s waiting for starts); {(settled ? "settled" : "NOT settled")} at {written.TotalSeconds:F1} s.");
        var report = checks.Report();
        if (checks.Problems.Count == 0)
        {
            output.WriteLine(report); // on failure the report is the assertion's message
        }
        else
        {
            output.WriteLine("Host output (last lines):\n" + host.Tail(40));
        }

        Assert.True(kills >= 3, $"Only {kills} kills happened while writes were under way: the test proves little.\n{report}");
        Assert.True(checks.Problems.Count == 0, $"After {kills} SIGKILLs (seed {seed}), the database and the clients' answers show:\n{report}");
    }

    private static void DeleteScheduler(HostFiles files)
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(files.SchedulerPath + suffix);
        }
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
