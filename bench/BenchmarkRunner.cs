using System.Globalization;

namespace Cohorts.Bench;

/// <summary>Runs the benchmarks (quick or full sizes) and prints one <c>name: value unit</c> line per figure.</summary>
internal static class BenchmarkRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("quick", StringComparer.OrdinalIgnoreCase);
        var unknown = args.Where(a => !a.Equals("quick", StringComparison.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Unknown argument(s): {string.Join(' ', unknown)}. Usage: dotnet run -c Release --project bench [-- quick]");
            return 2;
        }

        var folder = Path.Combine(Path.GetTempPath(), "cohorts-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            Print("raw_sqlite_tx_per_s", RawSqliteBenchmark.Run(Path.Combine(folder, "raw.db"), quick ? 2_000 : 10_000), "1/s");
            await Task.CompletedTask;
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static void Print(string name, double value, string unit) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:0.##} {unit}"));
}
