namespace Cohorts.Host.Tests.Browser;

/// <summary>
/// A browser test: skipped, with the command to fix it, where Chromium is not installed (a developer's machine);
/// <c>.ci/run</c> installs it and sets <c>COHORTS_REQUIRE_BROWSER=1</c>, so in CI these tests always run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        // .ci/run sets COHORTS_REQUIRE_BROWSER: there the test runs, and fails if the browser is missing.
        if (!File.Exists(BrowserFixture.ChromiumPath) && Environment.GetEnvironmentVariable("COHORTS_REQUIRE_BROWSER") != "1")
        {
            Skip = $"Chromium not found at {BrowserFixture.ChromiumPath}: install it (sudo apt-get install -y chromium) or set COHORTS_CHROMIUM.";
        }
    }
}
