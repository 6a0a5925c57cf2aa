namespace Cohorts.Host.Tests.Browser;

/// <summary>The browser fixture on a fresh installation: the demo off, nobody able to sign in until an administrator is created.</summary>
public sealed class FreshBrowserFixture : BrowserFixture
{
    public FreshBrowserFixture()
        : base(demo: false)
    {
    }
}
