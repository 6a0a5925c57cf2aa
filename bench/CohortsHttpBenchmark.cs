using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Bench;

/// <summary>
/// What people wait for at 1,000 cohorts (<see cref="BoostDatabase"/>): the host in process on Kestrel, driven over
/// loopback HTTP with bearer tokens by closed-loop clients (<see cref="HttpLoad"/>). A cohort's progress (random
/// cohorts) and the manager's paged cohort list (random pages of 50) with 50 clients each; then session outcomes,
/// screenings (the manager) and milestone decisions (the funder) by 16 clients, in blocks interleaved with blocks of raw durable SQLite
/// transactions on the same disk (the ratio's yardstick); then the process's resident memory.
/// </summary>
internal static class CohortsHttpBenchmark
{
    private const int ReadClients = 50;
    private const int WriteClients = 16;
    private const int RawBlock = 500;

    /// <summary>The longest a load warms up, waiting for the JIT to settle (<see cref="HttpLoad.WarmUpAsync"/>).</summary>
    private static readonly TimeSpan MostWarmUp = TimeSpan.FromSeconds(30);

    public static async Task<IReadOnlyList<Figure>> RunAsync(string folder, BenchSizes sizes)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COHORTS_HOST", ManagerPagesBenchmark.HostFolder());
        var kept = await BoostDatabase.EnsureAsync();
        var http = Path.Combine(folder, "http");
        Directory.CreateDirectory(http);
        BoostDatabase.CopyTo(kept, http);
        // Only the cohorts' ids are kept here: the write targets are read again by the writes, and let go with them, so
        // that the resident set measured at rest is the host's, not the benchmark's lists.
        var cohorts = WriteTargets.Read(Path.Combine(http, "pages.db")).BoostCohorts;
        Progress.Note("1,000 cohorts copied");

        // The host trims the memory a load leaves it once it has been quiet for a whole period of its idle check (30 s in a
        // deployment). What a trim leaves does not depend on the period, so the measured host checks every 10 s: it trims
        // 10 to 20 s after the loads instead of 30 to 60 s, which keeps the quick run under three minutes.
        await using var host = new BenchHostFactory(http, new Dictionary<string, string?> { ["Cohorts:Memory:TrimWhenIdleFor"] = "00:00:10" });
        host.UseKestrel(0);
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 100, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = new Uri(address),
        };
        Progress.Note("host started on Kestrel");
        var token = await BenchApi.TokenAsync(client, BenchApi.ManagerEmail);
        var bearer = new AuthenticationHeaderValue("Bearer", token);
        var funder = new AuthenticationHeaderValue("Bearer", await BenchApi.TokenAsync(client, BenchApi.FunderEmail));
        var (warm, measured) = (TimeSpan.FromSeconds(sizes.HttpWarmUpSeconds), TimeSpan.FromSeconds(sizes.HttpSeconds));

        var randoms = Enumerable.Range(0, ReadClients).Select(c => new Random(c)).ToArray();
        Func<int, int, Task> progress = (c, _) => GetAsync(client, bearer, $"/api/cohorts/{cohorts[randoms[c].Next(cohorts.Count)]}/progress");
        // First every cohort once (what a host serving them has kept since the last commit), then the warm-up.
        var first = new ConcurrentQueue<string>(cohorts);
        var firstRun = await HttpLoad.RunAsync(ReadClients, TimeSpan.FromMinutes(5), (_, _) => first.TryDequeue(out var id) ? GetAsync(client, bearer, $"/api/cohorts/{id}/progress") : Task.CompletedTask, () => first.IsEmpty);
        Progress.Note($"progress, each cohort's first read: p50 {firstRun.Percentile(0.5):0.0} ms, p99 {firstRun.Percentile(0.99):0.0} ms, CPU {firstRun.CpuPerRequestMs:0.00} ms a request");
        Warmed("progress", await HttpLoad.WarmUpAsync(ReadClients, warm, MostWarmUp, progress));
        var dataVersion = host.Services.GetRequiredService<Cohorts.Host.Reporting.DomainDataVersion>();
        var versionBefore = dataVersion.Current();
        var progressRun = await HttpLoad.RunAsync(ReadClients, measured, progress);
        Progress.Note($"progress: the data version went from {versionBefore} to {dataVersion.Current()} during the run (commits by others make kept bases stale)");
        Progress.Note($"progress: {progressRun.PerSecond:0}/s, p50 {progressRun.Percentile(0.5):0.0} ms, p99 {progressRun.Percentile(0.99):0.0} ms, CPU {progressRun.CpuPerRequestMs:0.00} ms a request, JIT {progressRun.JitMs:0} ms");

        var pages = (int)Math.Ceiling(cohorts.Count / 50.0);
        Func<int, int, Task> list = (c, _) => GetAsync(client, bearer, $"/api/cohorts?page={randoms[c].Next(pages) + 1}&size=50");
        Warmed("list", await HttpLoad.WarmUpAsync(ReadClients, warm, MostWarmUp, list));
        var listRun = await HttpLoad.RunAsync(ReadClients, measured, list);
        Progress.Note($"list: {listRun.PerSecond:0}/s, p50 {listRun.Percentile(0.5):0.0} ms, p99 {listRun.Percentile(0.99):0.0} ms, CPU {listRun.CpuPerRequestMs:0.00} ms a request, JIT {listRun.JitMs:0} ms");

        var (writes, raw) = await WriteAsync(client, bearer, funder, http, sizes);
        Progress.Note($"writes: {writes.PerSecond:0}/s, p50 {writes.Percentile(0.5):0.0} ms, p99 {writes.Percentile(0.99):0.0} ms, CPU {writes.CpuPerRequestMs:0.00} ms a request, JIT {writes.JitMs:0} ms; raw {raw.PerSecond:0}/s");

        // The clients leave (their keep-alive connections, both ends of which are in this process, close), then the host rests.
        client.Dispose();
        var (endOfLoad, atRest) = await ResidentAsync(host.Services.GetRequiredService<Cohorts.Host.Memory.IdleMemoryTrim>());
        return
        [
            new Figure("progress_p99_ms_1000_cohorts", progressRun.Percentile(0.99), "ms"),
            new Figure("progress_p50_ms_1000_cohorts", progressRun.Percentile(0.5), "ms"),
            new Figure("progress_per_s_1000_cohorts", progressRun.PerSecond, "1/s"),
            new Figure("progress_first_read_p99_ms_1000_cohorts", firstRun.Percentile(0.99), "ms"),
            new Figure("cohort_list_p99_ms_1000_cohorts", listRun.Percentile(0.99), "ms"),
            new Figure("cohort_list_per_s_1000_cohorts", listRun.PerSecond, "1/s"),
            new Figure("http_writes_per_s_16_clients", writes.PerSecond, "1/s"),
            new Figure("http_writes_p99_ms_16_clients", writes.Percentile(0.99), "ms"),
            new Figure("raw_sqlite_tx_per_s_during_writes", raw.PerSecond, "1/s"),
            new Figure("http_writes_ratio_to_raw", writes.PerSecond / raw.PerSecond, "x"),
            new Figure("host_rss_mb_1000_cohorts_end_of_load", endOfLoad, "MB"),
            new Figure("host_rss_mb_1000_cohorts", atRest, "MB"),
        ];
    }

    /// <summary>
    /// The process's resident set at the end of the loads, then at rest: once the host, quiet, has trimmed the memory the
    /// loads left it (<see cref="Cohorts.Host.Memory.IdleMemoryTrim"/>), or after a minute if it did not.
    /// </summary>
    private static async Task<(double EndOfLoad, double AtRest)> ResidentAsync(Cohorts.Host.Memory.IdleMemoryTrim trim)
    {
        using var process = Process.GetCurrentProcess();
        var endOfLoad = process.WorkingSet64 / 1048576.0;
        Progress.Note($"memory at the end of the loads: resident {endOfLoad:0} MB; {Managed()}; {ResidentParts()}");
        var trims = trim.Trims;
        var waited = Stopwatch.StartNew();
        while (trim.Trims == trims && waited.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(250);
        }

        process.Refresh();
        var atRest = process.WorkingSet64 / 1048576.0;
        var how = trim.Trims > trims ? $"the host trimmed its memory after {waited.Elapsed.TotalSeconds:0} s" : "the host did not trim its memory within a minute";
        Progress.Note($"memory at rest ({how}): resident {atRest:0} MB; {Managed()}; {ResidentParts()}");
        return (endOfLoad, atRest);
    }

    private static string Managed()
    {
        var gc = GC.GetGCMemoryInfo();
        return $"managed heap {gc.HeapSizeBytes / 1048576.0:0} MB ({gc.TotalCommittedBytes / 1048576.0:0} MB committed); SQLite {SQLitePCL.raw.sqlite3_memory_used() / 1048576.0:0} MB";
    }

    /// <summary>The resident set's parts as Linux counts them (anonymous memory, mapped files, shared memory: the runtime's loader heaps and JIT-compiled code, which the W^X allocator keeps in a shared file), where it can be read.</summary>
    private static string ResidentParts()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return "no breakdown on this system";
        }

        var parts = File.ReadLines(status)
            .Where(line => line.StartsWith("RssAnon:", StringComparison.Ordinal) || line.StartsWith("RssFile:", StringComparison.Ordinal) || line.StartsWith("RssShmem:", StringComparison.Ordinal) || line.StartsWith("Threads:", StringComparison.Ordinal))
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return string.Join(", ", parts);
    }

    /// <summary>Writes in blocks, each between two blocks of raw transactions; the first block is a warm-up.</summary>
    private static async Task<(LoadResult Writes, Rate Raw)> WriteAsync(HttpClient client, AuthenticationHeaderValue bearer, AuthenticationHeaderValue funder, string folder, BenchSizes sizes)
    {
        var targets = WriteTargets.Read(Path.Combine(folder, "pages.db"));
        Progress.Note($"{targets.Sessions.Count} outcomes, {targets.Companies.Count} screenings, {targets.Milestones.Count} decisions to write");
        using var rawDb = RawSqliteBenchmark.Open(Path.Combine(folder, "raw.db"));
        rawDb.Commit(RawBlock);
        var queues = new[]
        {
            new ConcurrentQueue<Func<Task>>(targets.Sessions.Select(s => (Func<Task>)(() => PostAsync(client, bearer, $"/api/sessions/{s.Id}/outcome", new { attendance = s.Companies.Select(c => new { companyId = c, present = true }), notes = "Bench" })))),
            new ConcurrentQueue<Func<Task>>(targets.Companies.Select(id => (Func<Task>)(() => PostAsync(client, bearer, $"/api/companies/{id}/screening", new { decision = "accepted" })))),
            new ConcurrentQueue<Func<Task>>(targets.Milestones.Select(id => (Func<Task>)(() => PostAsync(client, funder, $"/api/milestones/{id}/decision", new { outcome = "passed" })))),
        };
        Func<int, int, Task> write = (c, n) =>
        {
            for (var k = 0; k < queues.Length; k++)
            {
                if (queues[(c + n + k) % queues.Length].TryDequeue(out var send))
                {
                    return send();
                }
            }

            throw new InvalidOperationException("The benchmark ran out of outcomes, screenings and decisions to write.");
        };
        Warmed("writes", await HttpLoad.WarmUpAsync(WriteClients, TimeSpan.FromSeconds(sizes.HttpWarmUpSeconds), MostWarmUp, write));
        var raw = new Rate();
        var results = new List<LoadResult>();
        var block = TimeSpan.FromSeconds(sizes.HttpSeconds / 2.0);
        for (var i = 0; i < 2; i++)
        {
            raw.Measure(RawBlock, () => rawDb.Commit(RawBlock));
            results.Add(await HttpLoad.RunAsync(WriteClients, block, write));
        }

        raw.Measure(RawBlock, () => rawDb.Commit(RawBlock));
        var all = results.SelectMany(r => r.SortedLatencies).Order().ToList();
        return (new LoadResult(all.Count, results.Aggregate(TimeSpan.Zero, (t, r) => t + r.Elapsed), all) { CpuPerRequestMs = results.Sum(r => r.CpuPerRequestMs * r.Requests) / Math.Max(1, all.Count) }, raw);
    }

    private static void Warmed(string load, (TimeSpan Elapsed, TimeSpan LastSecondJit) warmUp) =>
        Progress.Note($"{load}: warmed up for {warmUp.Elapsed.TotalSeconds:0} s, until the JIT settled ({warmUp.LastSecondJit.TotalMilliseconds:0} ms compiling in the last second)");

    private static async Task GetAsync(HttpClient client, AuthenticationHeaderValue bearer, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = bearer;
        using var response = await client.SendAsync(request);
        _ = await response.Content.ReadAsByteArrayAsync();
        Check(response, path);
    }

    private static async Task PostAsync(HttpClient client, AuthenticationHeaderValue bearer, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = bearer;
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Check(response, $"{path} ({text})");
    }

    private static void Check(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}.");
        }
    }
}
