using Cohorts.Bench;
using Cohorts.Host.Memory;

// What the host's program does first (its arena limit, from the installation's settings), so that the host this process
// runs has the C library heap a deployment's host has, whatever the benchmark does before starting it.
NativeArenaStart.Apply([], new RuntimeMemory());
return await BenchmarkRunner.RunAsync(args);
