using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Cohorts.Bench;

/// <summary>
/// Runs every section (quick or full sizes) on SQLite files in one temporary folder and prints one
/// <c>name: value unit</c> line per figure on standard output (progress goes to standard error). The raw durable rate
/// is measured in the same run, interleaved with the engine's, so the ratios hold on a noisy machine.
/// </summary>
internal static class BenchmarkRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        const string Usage = "Usage: dotnet run -c Release --project bench [-- quick | engine | pages | http | simulation] [--provider sqlite|postgresql]";
        string[] known = ["quick", "engine", "pages", "http", "simulation"];
        if (BenchProvider.Parse(ref args) is not { } provider)
        {
            await Console.Error.WriteLineAsync($"--provider takes sqlite or postgresql. {Usage}");
            return 2;
        }

        var unknown = args.Where(a => !known.Contains(a, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Unknown argument(s): {string.Join(' ', unknown)}. {Usage}");
            return 2;
        }

        if (provider == BenchProvider.PostgreSql)
        {
            return await PostgreSql.PostgreSqlBench.RunAsync(args.Length > 0 ? BenchSizes.Quick : BenchSizes.Full);
        }

        var pagesOnly = args.Any(a => a.Equals("pages", StringComparison.OrdinalIgnoreCase));
        var httpOnly = args.Any(a => a.Equals("http", StringComparison.OrdinalIgnoreCase));
        var sizes = args.Length > 0 ? BenchSizes.Quick : BenchSizes.Full;
        var folder = Path.Combine(Path.GetTempPath(), "cohorts-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            if (args.Any(a => a.Equals("simulation", StringComparison.OrdinalIgnoreCase)))
            {
                // The simulated year alone, at quick sizes.
                foreach (var figure in await SimulationBenchmark.RunAsync(BenchSizes.Quick))
                {
                    Print(figure);
                }
            }
            else if (args.Any(a => a.Equals("engine", StringComparison.OrdinalIgnoreCase)))
            {
                // The engine's start and resume against the raw durable rate alone, at quick sizes.
                await RunThroughputAsync(folder, BenchSizes.Quick, new BenchClock());
            }
            else if (httpOnly)
            {
                // The 1,000-cohort figures alone (progress, list, writes, memory), at quick sizes.
                await RunHttpAsync(folder, BenchSizes.Quick);
            }
            else if (pagesOnly)
            {
                // The manager pages alone (manager_home_ms_100_companies, board_ms_100_companies).
                await RunPagesAsync(folder);
            }
            else
            {
                await RunSectionsAsync(folder, sizes);
            }
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task RunSectionsAsync(string folder, BenchSizes sizes)
    {
        Progress.Note($"{sizes.Mode} run in {folder}");
        FlushDisk();

        // First, so that the resident memory measured is the host's with its 1,000 cohorts, not what later sections left.
        await RunHttpAsync(folder, sizes);
        var clock = new BenchClock();
        await RunThroughputAsync(folder, sizes, clock);

        await foreach (var figure in ScaleBenchmark.RunAsync(folder, sizes, clock))
        {
            Print(figure);
        }

        Progress.Note("scale measured");
        var timers = await TimerBenchmark.RunAsync(Path.Combine(folder, "timers.db"), sizes, clock);
        Print(new Figure("timer_fire_per_s", timers.PerSecond, "1/s"));
        Print(await CatchUpBenchmark.RunAsync(folder, clock));
        Print(await FormAggregationBenchmark.RunAsync(folder));
        Progress.Note("timers measured");
        await RunPagesAsync(folder);
        foreach (var figure in await SimulationBenchmark.RunAsync(sizes))
        {
            Print(figure);
        }
    }

    private static async Task RunThroughputAsync(string folder, BenchSizes sizes, BenchClock clock)
    {
        var (raw, start, resume, concurrentStart, concurrentResume) = await ThroughputBenchmark.RunAsync(folder, sizes, clock);
        Print(new Figure("raw_sqlite_tx_per_s", raw.PerSecond, "1/s"));
        Print(new Figure("start_to_first_bookmark_per_s", start.PerSecond, "1/s"));
        Print(new Figure("signal_resume_per_s", resume.PerSecond, "1/s"));
        Print(new Figure("start_ratio_to_raw", start.PerSecond / raw.PerSecond, "x"));
        Print(new Figure("resume_ratio_to_raw", resume.PerSecond / raw.PerSecond, "x"));
        Print(new Figure("start_per_s_16_clients", concurrentStart.PerSecond, "1/s"));
        Print(new Figure("resume_per_s_16_clients", concurrentResume.PerSecond, "1/s"));
        Print(new Figure("start_16_clients_ratio_to_raw", concurrentStart.PerSecond / raw.PerSecond, "x"));
        Print(new Figure("resume_16_clients_ratio_to_raw", concurrentResume.PerSecond / raw.PerSecond, "x"));
        Progress.Note($"throughput measured; CPU an operation: raw {raw.CpuMicrosecondsPerOperation:0} µs, start {start.CpuMicrosecondsPerOperation:0} µs, resume {resume.CpuMicrosecondsPerOperation:0} µs; JIT while measured: start {start.JitMs:0} ms, resume {resume.JitMs:0} ms, 16 clients {concurrentStart.JitMs + concurrentResume.JitMs:0} ms");
    }

    private static async Task RunHttpAsync(string folder, BenchSizes sizes)
    {
        foreach (var figure in await CohortsHttpBenchmark.RunAsync(folder, sizes))
        {
            Print(figure);
        }

        SqliteConnection.ClearAllPools();
        Progress.Note("1,000 cohorts measured");
    }

    private static async Task RunPagesAsync(string folder)
    {
        foreach (var figure in await ManagerPagesBenchmark.RunAsync(folder))
        {
            Print(figure);
        }

        Progress.Note("manager pages measured");
    }

    private static void Print(Figure figure) => Console.WriteLine(figure);

    /// <summary>
    /// Writes out what the build (dotnet run builds first) left in the page cache, so its write-back does not slow the
    /// first durable commits measured.
    /// </summary>
    private static void FlushDisk()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        try
        {
            using var sync = Process.Start("sync");
            sync?.WaitForExit();
        }
        catch (Win32Exception)
        {
            // No sync command: the warm-up absorbs the write-back instead.
        }
    }
}
