namespace Cohorts.Bench;

/// <summary>
/// Start-to-first-bookmark and signal-resume rates on a fresh database file, one client, sequential awaits, measured
/// in blocks interleaved with blocks of raw durable SQLite transactions on another file of the same disk: each round
/// commits a block of raw transactions, starts a block of instances, then signals that block. Then the same with 16
/// concurrent clients on the one runtime (as the requests of a host), whose steps share commits (group commit).
/// </summary>
internal static class ThroughputBenchmark
{
    public const int Clients = 16;

    public static async Task<(Rate Raw, Rate Start, Rate Resume, Rate ConcurrentStart, Rate ConcurrentResume)> RunAsync(string folder, BenchSizes sizes, TimeProvider clock)
    {
        using var raw = RawSqliteBenchmark.Open(Path.Combine(folder, "raw.db"));
        await using var engine = await BenchEngine.StartAsync(Path.Combine(folder, "throughput.db"), clock);
        await engine.PublishAsync(BenchWorkflows.Enrolment());
        raw.Commit(sizes.WarmUp);
        await EnrolmentWorkload.WarmUpAsync(engine.Runtime, "warm-up", sizes.JitWarmUp);

        var (rawRate, start, resume) = (new Rate(), new Rate(), new Rate());
        foreach (var block in EnrolmentWorkload.CorrelationIds("company", sizes.Operations).Chunk(sizes.Block))
        {
            rawRate.Measure(block.Length, () => raw.Commit(block.Length));
            await start.MeasureAsync(block.Length, () => EnrolmentWorkload.StartAllAsync(engine.Runtime, block));
            await resume.MeasureAsync(block.Length, () => EnrolmentWorkload.SignalAllAsync(engine.Runtime, block));
        }

        var (concurrentStart, concurrentResume) = (new Rate(), new Rate());
        foreach (var block in EnrolmentWorkload.CorrelationIds("concurrent", sizes.Operations).Chunk(sizes.Block * 4))
        {
            var perClient = block.Chunk((block.Length + Clients - 1) / Clients).ToList();
            rawRate.Measure(sizes.Block, () => raw.Commit(sizes.Block));
            await concurrentStart.MeasureAsync(block.Length, () => Task.WhenAll(perClient.Select(ids => Task.Run(() => EnrolmentWorkload.StartAllAsync(engine.Runtime, ids)))));
            await concurrentResume.MeasureAsync(block.Length, () => Task.WhenAll(perClient.Select(ids => Task.Run(() => EnrolmentWorkload.SignalAllAsync(engine.Runtime, ids)))));
        }

        return (rawRate, start, resume, concurrentStart, concurrentResume);
    }
}
