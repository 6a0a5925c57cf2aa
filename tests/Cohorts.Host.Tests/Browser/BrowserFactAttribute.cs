namespace Cohorts.Host.Tests.Browser;

/// <summary>
/// A browser test: skipped, with the command to fix it, where Chromium is not installed (a developer's machine);
/// <c>.ci/run</c> installs it, so in CI these tests always run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            Skip = $"Chromium not found at {BrowserFixture.ChromiumPath}: install it (sudo apt-get install -y chromium) or set COHORTS_CHROMIUM.";
        }
    }
}
