using System.Reflection;
using Cohorts.Host;
using Cohorts.Host.Cli;
using Cohorts.Host.Errors;
using Cohorts.Host.Memory;
using Microsoft.Extensions.Options;

if (CohortsCommands.Handles(args))
{
    // A command (create-admin): it runs and exits; the web server does not start.
    return await CohortsCommands.RunAsync(args, Console.Out, Console.Error);
}

// First, before the web host's threads each take an arena of the C library's heap (Cohorts:Memory:MallocArenas); only in
// the host's own process: a process that runs the host inside it (the tests, the benchmark) keeps its own heap's rule.
var arenas = Assembly.GetEntryAssembly() == typeof(Program).Assembly ? NativeArenaStart.Apply(args, new RuntimeMemory()) : null;
WebApplicationBuilder? builder = null;
WebApplication app;
try
{
    builder = WebApplication.CreateBuilder(args);
    if (arenas is not null)
    {
        builder.Services.AddSingleton(arenas);
    }

    builder.AddCohortsHost();
    app = builder.Build();

    // The settings, as the host's start reads them (their validation; once the database is up to date, the services
    // that bind them): a bad one is said below, before the host would log its failure with a stack trace.
    app.Services.GetService<IStartupValidator>()?.Validate();
    await app.UseCohortsHostAsync();
    _ = app.Services.GetServices<IHostedService>();
    await app.StartAsync();
}
catch (Exception ex) when (StartupProblems.Describe(ex, builder?.Configuration) is { } problem)
{
    // A setting, a file or an address that the person running the host can fix: say which, without a stack trace.
    await problem.WriteAsync(Console.Error);
    return problem.ExitCode;
}

// Running: what goes wrong from now on is logged by the host, not a start-up problem.
await using (app)
{
    await app.WaitForShutdownAsync();
}

return 0;

/// <summary>The host's entry point (public for WebApplicationFactory in tests).</summary>
public partial class Program;
