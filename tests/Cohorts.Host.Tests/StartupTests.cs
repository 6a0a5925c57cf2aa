using System.Diagnostics;

namespace Cohorts.Host.Tests;

public sealed class StartupTests
{
    [Theory]
    [InlineData("--Cohorts:Sqlite:DatabasePath=", "Cohorts:Sqlite:DatabasePath")]
    [InlineData("--Cohorts:Scheduling:ThreadCount=0", "Cohorts:Scheduling:ThreadCount")]
    [InlineData("--Cohorts:Scheduling:ReconciliationInterval=00:00:00", "Cohorts:Scheduling:ReconciliationInterval")]
    [InlineData("--Cohorts:Scheduling:ReconciliationInterval=50.00:00:00", "Cohorts:Scheduling:ReconciliationInterval")]
    [InlineData("--Cohorts:Scheduling:IdleWaitTime=00:00:00.100", "Cohorts:Scheduling:IdleWaitTime")]
    public async Task Start_BadSetting_ExitsNamingTheSettingWithoutStackTrace(string argument, string setting)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--Urls=http://127.0.0.1:0");
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains(setting, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
