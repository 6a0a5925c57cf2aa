using System.Diagnostics;
using System.Text.Json.Nodes;
using Cohorts.Engine.Activities;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.DependencyInjection;
using Cohorts.Engine.EntityFrameworkCore;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Persistence;
using Cohorts.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Cohorts.Host.Tests.Scheduling;

/// <summary>
/// The host as a real process, killed (SIGKILL) while its timers fire, then started again: every timer fires exactly
/// once. This test runs on the real clock (a process cannot share a fake one), with timers a few seconds away and
/// bounded waits.
/// </summary>
public sealed class ProcessKillTests
{
    private const int Instances = 30;

    [Fact]
    public async Task Host_KilledWhileTimersFire_EveryTimerFiresExactlyOnceAfterRestart()
    {
        using var files = new HostFiles();
        await using var engine = BuildEngine(files.DatabasePath);
        await engine.MigrateCohortsEngineAsync();
        var runtime = engine.GetRequiredService<WorkflowRuntime>();
        var definition = await engine.GetRequiredService<WorkflowDefinitionCatalog>().PublishAsync(
            WorkflowBuilder.Create("wake-up", "Wake up")
                .Then(new SetVariable { Id = "set-due", Variable = "due", Expression = "input.due" })
                .Then(new WaitUntil { Id = "wait", At = "due" })
                .Then(new SetVariable { Id = "done", Variable = "done", Value = true })
                .Build(engine.GetRequiredService<ActivityRegistry>()));
        var now = TimeProvider.System.GetUtcNow();
        var ids = new List<Guid>();
        for (var i = 0; i < Instances; i++)
        {
            var due = now.AddSeconds(2).AddMilliseconds(i * 150);
            var input = new JsonObject { ["due"] = due.ToString("O") };
            ids.Add((await runtime.StartAsync(definition, new() { Input = input })).InstanceId);
        }

        var store = engine.GetRequiredService<IWorkflowInstanceStore>();
        using (var first = StartHost(files))
        {
            await WaitUntilAsync(async () => await CountCompletedAsync(store) >= 5, first);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        using (var second = StartHost(files))
        {
            await WaitUntilAsync(async () => await CountCompletedAsync(store) == Instances, second);
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }

        foreach (var id in ids)
        {
            var log = await store.GetLogAsync(id, CancellationToken.None);
            Assert.Equal(1, log.Count(e => e.Event == ExecutionEvent.ActivityResumed && e.ActivityId == "wait"));
            Assert.Equal(1, log.Count(e => e.Event == ExecutionEvent.WorkflowCompleted));
        }
    }

    private static ServiceProvider BuildEngine(string databasePath) =>
        new ServiceCollection()
            .AddCohortsEngine()
            .AddCohortsEngineSqlite(options => options.DatabasePath = databasePath)
            .BuildServiceProvider();

    private static async Task<int> CountCompletedAsync(IWorkflowInstanceStore store) =>
        (await store.ListAsync(new InstanceQuery { Status = WorkflowStatus.Completed, Take = Instances }, CancellationToken.None)).Count;

    private static Process StartHost(HostFiles files)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = files.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add($"--Cohorts:Sqlite:DatabasePath={files.DatabasePath}");
        start.ArgumentList.Add($"--Cohorts:Scheduling:DatabasePath={files.SchedulerPath}");
        start.ArgumentList.Add("--Cohorts:Scheduling:IdleWaitTime=00:00:01");
        start.ArgumentList.Add($"--Cohorts:PublicBaseUrl={CohortsHostFactory.PublicBaseUrl}");
        start.ArgumentList.Add("--Urls=http://127.0.0.1:0");
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static Task WaitUntilAsync(Func<Task<bool>> condition, Process host) =>
        Eventually.TrueAsync(
            async _ =>
            {
                Assert.False(host.HasExited, $"the host exited early with code {(host.HasExited ? host.ExitCode : 0)}");
                return await condition();
            },
            TimeSpan.FromSeconds(60));
}
