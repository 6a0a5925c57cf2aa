using System.Globalization;
using Cohorts.Engine.Runtime;
using Microsoft.Data.Sqlite;

namespace Cohorts.Bench;

/// <summary>
/// Start and resume rates with few and with many suspended instances already stored (instance rows with state JSON,
/// bookmark rows, log rows). A few instances are started through the engine and bulk-copied
/// (<see cref="InstanceSeeder"/>) into a small database; a copy of that file is topped up to the large level. Each file
/// gets a fresh runtime (a restarted process) and both are measured in interleaved blocks, so the ratio compares the
/// files and not two moments of a shared machine. A sample of the copies is signalled afterwards: each must resume
/// and complete, which shows the engine takes them for its own.
/// </summary>
internal static class ScaleBenchmark
{
    private const string StoredPrefix = "stored";
    private const int Templates = 3;
    private const int VerifiedCopies = 20;

    public static async IAsyncEnumerable<Figure> RunAsync(string folder, BenchSizes sizes, BenchClock clock)
    {
        var (smallLabel, largeLabel) = (BenchSizes.Label(sizes.SmallStore), BenchSizes.Label(sizes.LargeStore));
        var smallPath = Path.Combine(folder, $"scale-{smallLabel}.db");
        var largePath = Path.Combine(folder, $"scale-{largeLabel}.db");
        var seeder = await CreateTemplatesAsync(smallPath, clock);
        Seed(seeder, smallPath, sizes.SmallStore, clock);
        Copy(smallPath, largePath);
        Seed(seeder, largePath, sizes.LargeStore, clock);

        var small = await BenchEngine.StartAsync(smallPath, clock);
        await using var large = await BenchEngine.StartAsync(largePath, clock);
        var (startSmall, resumeSmall, startLarge, resumeLarge) = (new Rate(), new Rate(), new Rate(), new Rate());
        await using (small)
        {
            await EnrolmentWorkload.WarmUpAsync(small.Runtime, "warm-up", sizes.WarmUp);
            await EnrolmentWorkload.WarmUpAsync(large.Runtime, "warm-up", sizes.WarmUp);
            foreach (var block in EnrolmentWorkload.CorrelationIds("company", sizes.ScaleOperations).Chunk(sizes.Block))
            {
                await startSmall.MeasureAsync(block.Length, () => EnrolmentWorkload.StartAllAsync(small.Runtime, block));
                await resumeSmall.MeasureAsync(block.Length, () => EnrolmentWorkload.SignalAllAsync(small.Runtime, block));
                await startLarge.MeasureAsync(block.Length, () => EnrolmentWorkload.StartAllAsync(large.Runtime, block));
                await resumeLarge.MeasureAsync(block.Length, () => EnrolmentWorkload.SignalAllAsync(large.Runtime, block));
            }

            await VerifyCopiesAsync(small.Runtime, sizes.SmallStore - Templates);
            await VerifyCopiesAsync(large.Runtime, sizes.LargeStore - Templates);
        }

        yield return new Figure($"start_per_s_at_{smallLabel}", startSmall.PerSecond, "1/s");
        yield return new Figure($"start_per_s_at_{largeLabel}", startLarge.PerSecond, "1/s");
        yield return new Figure($"resume_per_s_at_{smallLabel}", resumeSmall.PerSecond, "1/s");
        yield return new Figure($"resume_per_s_at_{largeLabel}", resumeLarge.PerSecond, "1/s");
        yield return new Figure($"scale_ratio_start_{largeLabel}_vs_{smallLabel}", startLarge.PerSecond / startSmall.PerSecond, "x");
        yield return new Figure($"scale_ratio_resume_{largeLabel}_vs_{smallLabel}", resumeLarge.PerSecond / resumeSmall.PerSecond, "x");

        // The small runtime is gone; the large one is alive, as a host process holding this store would be.
        yield return new Figure($"managed_heap_after_{largeLabel}_mb", GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0), "MB");
    }

    /// <summary>Starts the template instances through the engine, then reads their rows.</summary>
    private static async Task<InstanceSeeder> CreateTemplatesAsync(string databasePath, BenchClock clock)
    {
        var templateIds = EnrolmentWorkload.CorrelationIds("template", Templates);
        await using (var engine = await BenchEngine.StartAsync(databasePath, clock))
        {
            await engine.PublishAsync(BenchWorkflows.Enrolment());
            await EnrolmentWorkload.StartAllAsync(engine.Runtime, templateIds);
        }

        SqliteConnection.ClearAllPools();
        return InstanceSeeder.Capture(databasePath, templateIds);
    }

    /// <summary>Copies templates until <paramref name="suspended"/> suspended instances are stored.</summary>
    private static void Seed(InstanceSeeder seeder, string databasePath, int suspended, TimeProvider clock)
    {
        var stored = CountSuspended(databasePath);
        var took = seeder.Seed(databasePath, StoredPrefix, stored - Templates, suspended - stored, clock);
        Progress.Note($"{Path.GetFileName(databasePath)}: {suspended - stored} instances copied in {took.TotalSeconds:0.0} s; {CountSuspended(databasePath)} suspended instances stored");
    }

    private static void Copy(string source, string destination)
    {
        using var from = Open(source);
        using var to = Open(destination);
        from.BackupDatabase(to);
    }

    /// <summary>Signals copies picked at random; each must resume and complete.</summary>
    private static async Task VerifyCopiesAsync(WorkflowRuntime runtime, int copies)
    {
        var random = new Random(copies);
        var picked = new HashSet<int>();
        while (picked.Count < Math.Min(VerifiedCopies, copies))
        {
            picked.Add(random.Next(copies));
        }

        await EnrolmentWorkload.SignalAllAsync(runtime, [.. picked.Select(i => EnrolmentWorkload.CorrelationId(StoredPrefix, i))]);
    }

    private static int CountSuspended(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM WorkflowInstances WHERE Status = 'Suspended'";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
