using System.Diagnostics;

namespace Cohorts.Host.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task Start_MissingDatabasePath_ExitsNamingTheSettingWithoutStackTrace()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--Cohorts:Sqlite:DatabasePath=");
        start.ArgumentList.Add("--Urls=http://127.0.0.1:0");
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Cohorts:Sqlite:DatabasePath", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
