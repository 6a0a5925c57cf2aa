using System.Diagnostics;

namespace Cohorts.Host.Tests.Crash;

/// <summary>The end of a crash test: waits for the hosts to finish what the clients and the timers started.</summary>
internal static class CrashSettling
{
    /// <summary>How long nothing may change before the database counts as settled.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);

    /// <summary>How long nothing may change, while work is left, before settling gives up.</summary>
    public static readonly TimeSpan StuckLimit = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Waits until the clients have nothing left to write, no cool-down timer waits, no decision is stranded and the
    /// instances stay unchanged for <see cref="Quiet"/>; false when nothing changes for <see cref="StuckLimit"/> while
    /// that is not so (what is left will stay: the checks name it), or at the deadline.
    /// </summary>
    public static async Task<bool> SettleAsync(ICrashDatabase database, IReadOnlyList<HostProcess> hosts, CrashClients clients, DateTimeOffset deadline)
    {
        var last = string.Empty;
        var unchangedSince = Stopwatch.StartNew();
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            foreach (var host in hosts)
            {
                Assert.True(host.IsRunning, $"A host exited on its own after its last start.\n{host.Tail()}");
            }

            var snapshot = await database.SnapshotAsync();
            var progress = string.Join(';', snapshot.Instances.OrderBy(i => i.Id).Select(i => $"{i.Id}:{i.Version}:{i.Status}")) + $"|{clients.Writes.Count}|{clients.Idle}";
            if (progress != last)
            {
                last = progress;
                unchangedSince.Restart();
            }
            else if (clients.Idle && clients.SinceNewWork > Quiet && unchangedSince.Elapsed > Quiet)
            {
                var done = !snapshot.Bookmarks.Any(b => b.Kind == "Timer" && b.ActivityId == CrashSetup.CoolDownActivityId) && CrashChecks.CountStranded(snapshot) == 0;
                if (done)
                {
                    return true;
                }

                if (unchangedSince.Elapsed > StuckLimit)
                {
                    return false;
                }
            }

            await Task.Delay(500);
        }

        return false;
    }
}
