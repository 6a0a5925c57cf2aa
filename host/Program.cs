using System.Reflection;
using Cohorts.Host;
using Cohorts.Host.Cli;
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
try
{
    var builder = WebApplication.CreateBuilder(args);
    if (arenas is not null)
    {
        builder.Services.AddSingleton(arenas);
    }

    builder.AddCohortsHost();
    var app = builder.Build();
    await app.UseCohortsHostAsync();
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException ex)
{
    // A bad setting is the user's to fix: say which, without a stack trace.
    await Console.Error.WriteLineAsync("Cohorts cannot start. Fix these settings (appsettings.json, environment or command line):");
    foreach (var failure in ex.Failures)
    {
        await Console.Error.WriteLineAsync($"  - {failure}");
    }

    return 2;
}

/// <summary>The host's entry point (public for WebApplicationFactory in tests).</summary>
public partial class Program;
