namespace Cohorts.Bench.PostgreSql;

/// <summary>
/// The engine on PostgreSQL beside the raw durable PostgreSQL rate, measured in interleaved blocks as on SQLite: one
/// client's starts and resumes, then 16 concurrent clients' (each its own instances, all on the one runtime, as the
/// requests of a host are).
/// </summary>
internal static class PostgreSqlThroughputBenchmark
{
    public const int Clients = 16;

    public static async Task<IReadOnlyList<Figure>> RunAsync(string connectionString, BenchSizes sizes, TimeProvider clock)
    {
        await using var raw = await RawPostgreSqlBenchmark.OpenAsync(connectionString);
        await using var engine = await BenchEngine.StartPostgreSqlAsync(connectionString, clock);
        await engine.PublishAsync(BenchWorkflows.Enrolment());
        await raw.CommitAsync(sizes.WarmUp);
        await EnrolmentWorkload.WarmUpAsync(engine.Runtime, "warm-up", sizes.JitWarmUp);

        var (rawRate, start, resume) = (new Rate(), new Rate(), new Rate());
        foreach (var block in EnrolmentWorkload.CorrelationIds("company", sizes.Operations).Chunk(sizes.Block))
        {
            await rawRate.MeasureAsync(block.Length, () => raw.CommitAsync(block.Length));
            await start.MeasureAsync(block.Length, () => EnrolmentWorkload.StartAllAsync(engine.Runtime, block));
            await resume.MeasureAsync(block.Length, () => EnrolmentWorkload.SignalAllAsync(engine.Runtime, block));
        }

        // The 16 clients use 16 pooled connections, each of which prepares its statements after a few runs: warmed
        // as a host's pool is after its first minutes, not measured.
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client =>
            Task.Run(() => EnrolmentWorkload.WarmUpAsync(engine.Runtime, $"concurrent-warm-up-{client}", sizes.WarmUp * 4 / Clients))));

        var (concurrentStart, concurrentResume) = (new Rate(), new Rate());
        var concurrentBlock = sizes.Block * 4;
        foreach (var block in EnrolmentWorkload.CorrelationIds("concurrent", sizes.Operations * 2).Chunk(concurrentBlock))
        {
            var perClient = block.Chunk((block.Length + Clients - 1) / Clients).ToList();
            await rawRate.MeasureAsync(sizes.Block, () => raw.CommitAsync(sizes.Block));
            await concurrentStart.MeasureAsync(block.Length, () => Task.WhenAll(perClient.Select(ids => Task.Run(() => EnrolmentWorkload.StartAllAsync(engine.Runtime, ids)))));
            await concurrentResume.MeasureAsync(block.Length, () => Task.WhenAll(perClient.Select(ids => Task.Run(() => EnrolmentWorkload.SignalAllAsync(engine.Runtime, ids)))));
        }

        return
        [
            new("raw_postgresql_tx_per_s", rawRate.PerSecond, "1/s"),
            new("pg_start_to_first_bookmark_per_s", start.PerSecond, "1/s"),
            new("pg_signal_resume_per_s", resume.PerSecond, "1/s"),
            new("pg_start_ratio_to_raw", start.PerSecond / rawRate.PerSecond, "x"),
            new("pg_resume_ratio_to_raw", resume.PerSecond / rawRate.PerSecond, "x"),
            new("pg_start_per_s_16_clients", concurrentStart.PerSecond, "1/s"),
            new("pg_resume_per_s_16_clients", concurrentResume.PerSecond, "1/s"),
            new("pg_start_16_clients_ratio_to_raw", concurrentStart.PerSecond / rawRate.PerSecond, "x"),
            new("pg_resume_16_clients_ratio_to_raw", concurrentResume.PerSecond / rawRate.PerSecond, "x"),
        ];
    }
}
