namespace Cohorts.Host.Tests.Browser;

/// <summary>A parameterised browser test (e.g. once in English, once in French), skipped as <see cref="BrowserFactAttribute"/> is.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath) && Environment.GetEnvironmentVariable("COHORTS_REQUIRE_BROWSER") != "1")
        {
            Skip = $"Chromium not found at {BrowserFixture.ChromiumPath}: install it (sudo apt-get install -y chromium) or set COHORTS_CHROMIUM.";
        }
    }
}
