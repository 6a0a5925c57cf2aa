using Cohorts.Bench;

return await BenchmarkRunner.RunAsync(args);
