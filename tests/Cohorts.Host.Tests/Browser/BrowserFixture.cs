using System.Text.RegularExpressions;
using Cohorts.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Cohorts.Host.Tests.Browser;

/// <summary>
/// The host with its demo data on a real port (Kestrel on a free port, temporary SQLite files, the fake clock of
/// <see cref="DemoHostFixture"/>), and Debian's Chromium driven by Playwright (Playwright's own browser download cannot
/// work here; <c>.ci/run</c> installs the <c>chromium</c> package).
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserFixture()
        : this(demo: true)
    {
    }

    /// <summary>Initializes the fixture with or without the demo data (a fresh installation).</summary>
    protected BrowserFixture(bool demo)
    {
        Clock = new FakeTimeProvider(DemoHostFixture.Now);
        Factory = new CohortsHostFactory(clock: Clock, settings: new Dictionary<string, string?> { ["Cohorts:Demo:Enabled"] = demo ? "true" : "false" });
    }

    /// <summary>Gets where Chromium is: $COHORTS_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("COHORTS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public FakeTimeProvider Clock { get; }

    public CohortsHostFactory Factory { get; }

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        var address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A new browser context (its own cookies) with a page, in <paramref name="locale"/>.</summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = locale });
        // A full run keeps both cores busy: a click that starts a navigation waits for it to commit, and a page the host
        // is slow to answer under that load took longer than 15 s (a wrong page still fails, only later).
        context.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in page as a person would.</summary>
    public async Task<IPage> SignInAsync(string email, string locale = "en-GB", string password = TestAccounts.Password)
    {
        var page = await NewPageAsync(locale);
        await OpenAsync(page, "/account/login");
        await page.GetByLabel(locale.StartsWith("fr", StringComparison.Ordinal) ? "Adresse e-mail" : "E-mail address").FillAsync(email);
        await page.GetByLabel(locale.StartsWith("fr", StringComparison.Ordinal) ? "Mot de passe" : "Password").FillAsync(password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await LeaveAsync(page, "/account/login");
        return page;
    }

    /// <summary>
    /// Waits, after a form's submission, for the browser to show a page whose address no longer contains
    /// <paramref name="path"/> (a sign-in, an accepted invitation: each hashes a password before it answers).
    /// </summary>
    public static async Task LeaveAsync(IPage page, string path)
    {
        // The address changes when the answer arrives. Polled as an assertion, not with WaitForURLAsync: when the
        // address has already changed, that waits for the page's load event instead, and under a loaded CI run it once
        // timed out after 60 s with the page loaded (Playwright logged its "NetworkIdle"), the event missed.
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex(Regex.Escape(path)), new() { Timeout = 60_000 });
        // The next page's content, rather than its DOMContentLoaded event: under a loaded CI run that wait once timed
        // out after 60 s although the page had loaded (Playwright logged its "NetworkIdle"), the event missed.
        await page.Locator("main").WaitForAsync(new() { Timeout = 60_000 });
    }

    /// <summary>
    /// Opens <paramref name="path"/> and waits for its content rather than its load event, with the same patience as
    /// <see cref="LeaveAsync"/>: under a loaded CI run a navigation that waited for the load event once timed out after
    /// 15 s on a page that answers in milliseconds alone.
    /// </summary>
    public static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path, new() { Timeout = 60_000, WaitUntil = WaitUntilState.Commit });
        await page.Locator("main").WaitForAsync(new() { Timeout = 60_000 });
    }

    /// <summary>
    /// Waits, after a form's submission or a link's click, for the browser to show a page whose address matches
    /// <paramref name="address"/> (polled as an assertion, as <see cref="LeaveAsync"/> does, for the same reason), and
    /// its content.
    /// </summary>
    public static async Task ArriveAsync(IPage page, Regex address)
    {
        await Assertions.Expect(page).ToHaveURLAsync(address, new() { Timeout = 60_000 });
        await page.Locator("main").WaitForAsync(new() { Timeout = 60_000 });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
