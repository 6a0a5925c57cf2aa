using System.Diagnostics;

namespace Cohorts.Host.Tests;

/// <summary>The host's process started with settings or files it cannot use: a message naming them, an exit code, no stack trace.</summary>
public sealed class StartupTests
{
    [Theory]
    [InlineData("--Cohorts:Sqlite:DatabasePath=", "Cohorts:Sqlite:DatabasePath")]
    [InlineData("--Cohorts:Scheduling:ThreadCount=0", "Cohorts:Scheduling:ThreadCount")]
    [InlineData("--Cohorts:Scheduling:ReconciliationInterval=00:00:00", "Cohorts:Scheduling:ReconciliationInterval")]
    [InlineData("--Cohorts:Scheduling:ReconciliationInterval=50.00:00:00", "Cohorts:Scheduling:ReconciliationInterval")]
    [InlineData("--Cohorts:Scheduling:IdleWaitTime=00:00:00.100", "Cohorts:Scheduling:IdleWaitTime")]
    [InlineData("--Cohorts:Mail:Port=abc", "Cohorts:Mail:Port must be a whole number, not 'abc'.")]
    [InlineData("--Cohorts:Demo:Enabled=maybe", "Cohorts:Demo:Enabled must be true or false, not 'maybe'.")]
    [InlineData("--Cohorts:Sqlite:Synchronous=Sometimes", "Cohorts:Sqlite:Synchronous must be one of Full, Normal, not 'Sometimes'.")]
    [InlineData("--Cohorts:Sqlite:BusyTimeout=soon", "Cohorts:Sqlite:BusyTimeout must be a duration")]
    public async Task Start_BadSetting_ExitsNamingTheSettingWithoutStackTrace(string argument, string setting)
    {
        using var files = new HostFiles();
        var (exit, error, output) = await StartAsync(files.Folder, $"--Cohorts:Sqlite:DatabasePath={files.DatabasePath}", $"--Cohorts:Scheduling:DatabasePath={files.SchedulerPath}", argument);

        Assert.Equal(2, exit);
        Assert.Contains(setting, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal); // nor in the host's log
    }

    [Theory]
    [InlineData("Cohorts:Sqlite:DatabasePath")]
    [InlineData("Cohorts:Scheduling:DatabasePath")]
    public async Task Start_DatabaseWhereNoFolderCanBeMade_Exits1NamingThePathWithoutStackTrace(string setting)
    {
        using var files = new HostFiles();
        var blocked = Path.Combine(files.Folder, "a-file");
        await File.WriteAllTextAsync(blocked, "not a folder");
        var path = Path.Combine(blocked, "data", "file.db");

        var (exit, error, output) = await StartAsync(
            files.Folder,
            $"--Cohorts:Sqlite:DatabasePath={files.DatabasePath}",
            $"--Cohorts:Scheduling:DatabasePath={files.SchedulerPath}",
            $"--{setting}={path}");

        Assert.Equal(1, exit);
        Assert.StartsWith("Cohorts cannot start: ", error, StringComparison.Ordinal);
        Assert.Contains($"{setting} = {path}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SettingsFileNotJson_Exits2NamingTheFileAndTheLineWithoutStackTrace()
    {
        using var files = new HostFiles();
        await File.WriteAllTextAsync(Path.Combine(files.Folder, "appsettings.json"), "{ \"Cohorts\": { \"Demo\": { \"Enabled\": true, }\n");

        var (exit, error, _) = await StartAsync(files.Folder);

        Assert.Equal(2, exit);
        Assert.Contains($"Failed to load configuration from file '{Path.Combine(files.Folder, "appsettings.json")}'.", error, StringComparison.Ordinal);
        Assert.Contains("LineNumber: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Error, string Output)> StartAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--Cohorts:Demo:Enabled=false");
        start.ArgumentList.Add("--Cohorts:PublicBaseUrl=http://cohorts.test");
        start.ArgumentList.Add("--Urls=http://127.0.0.1:0");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument); // after the defaults: the last value of a setting wins
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);

        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, error, await output);
    }
}
