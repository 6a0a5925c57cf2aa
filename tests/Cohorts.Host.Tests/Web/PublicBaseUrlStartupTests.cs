using System.Diagnostics;

namespace Cohorts.Host.Tests.Web;

public sealed class PublicBaseUrlStartupTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("--Cohorts:PublicBaseUrl=ftp://cohorts.test")]
    [InlineData("--Cohorts:PublicBaseUrl=cohorts.test")]
    public async Task Start_MissingOrBadPublicBaseUrl_ExitsNamingTheSetting(string? argument)
    {
        using var files = new HostFiles();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = files.Folder,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add($"--Cohorts:Sqlite:DatabasePath={files.DatabasePath}");
        start.ArgumentList.Add($"--Cohorts:Scheduling:DatabasePath={files.SchedulerPath}");
        start.ArgumentList.Add("--Cohorts:Demo:Enabled=false");
        start.ArgumentList.Add("--Urls=http://127.0.0.1:0");
        if (argument is not null)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        _ = process.StandardOutput.ReadToEndAsync(timeout.Token);

        var error = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Cohorts:PublicBaseUrl", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
