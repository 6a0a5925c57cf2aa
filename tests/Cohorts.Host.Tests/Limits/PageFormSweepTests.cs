using System.Net;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Limits;

/// <summary>
/// The pages' side of the bad-input sweep: each role follows the links of its pages from its home as a browser would
/// and posts every form it finds (each shape once) with hostile values (<see cref="HostileFormValues"/>). No answer may
/// be a 5xx: a refusal is the page again, its message next to the field, or an error page with a 4xx.
/// </summary>
public sealed class PageFormSweepTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const int MostPages = 250;

    [Theory]
    [InlineData(TestAccounts.Manager)]
    [InlineData(TestAccounts.CoachMartin)]
    [InlineData(TestAccounts.Funder)]
    [InlineData("admin@cohorts.demo")]
    [InlineData(null)]
    public async Task EveryFormOfEveryPage_HostileValues_NeverA5xx(string? account)
    {
        var client = await SignInAsync(account);
        var failures = new List<string>();
        var (pages, posts) = (0, 0);
        try
        {
            var shapes = new HashSet<string>(StringComparer.Ordinal);
            IEnumerable<string> start = account is null ? ["/account/login", "/account/forgot", "/account/reset", "/account/accept"] : ["/"];
            await foreach (var (path, html) in PageCrawl.PagesAsync(() => client, start, MostPages, moved => account is null || !moved.Contains("/account/", StringComparison.Ordinal), failures.Add))
            {
                pages++;
                foreach (var form in PageFormReader.PostForms(html, path).Where(f => shapes.Add(f.Shape)))
                {
                    for (var round = 0; round < HostileFormValues.Rounds; round++)
                    {
                        posts++;
                        var fields = form.Controls.SelectMany(c => HostileFormValues.For(c.Name, c.Type, c.Values, round).Select(v => (c.Name, Value: v))).ToList();
                        using var posted = await client.PostAsync(form.Action, Content(form, fields));
                        if ((int)posted.StatusCode >= 500)
                        {
                            failures.Add($"POST {form.Action} from {path} ({string.Join(", ", fields.Where(f => f.Name != "__RequestVerificationToken").Select(f => $"{f.Name}={Shorten(f.Value)}"))}): {(int)posted.StatusCode}");
                        }

                        if (account is not null && posted.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true)
                        {
                            // A form signed the client out (a revoked session): sign in again and go on.
                            client.Dispose();
                            client = await SignInAsync(account);
                        }
                    }
                }
            }
        }
        finally
        {
            client.Dispose();
        }

        Assert.True(pages >= (account is null ? 3 : 5) && posts >= HostileFormValues.Rounds, $"only {pages} pages and {posts} posts were reached as {account ?? "a visitor"}");
        Assert.True(failures.Count == 0, $"{failures.Count} of {posts} posts and {pages} pages answered a 5xx as {account ?? "a visitor"}:\n" + string.Join('\n', failures.Take(20)));
    }

    private async Task<HttpClient> SignInAsync(string? account) =>
        account is null
            ? demo.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true })
            : await demo.Factory.CreatePageClientAsync(account);

    private static HttpContent Content(PageForm form, List<(string Name, string Value)> fields)
    {
        if (!form.Multipart)
        {
            return new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        }

        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            multipart.Add(new StringContent(value), name);
        }

        foreach (var file in form.Controls.Where(c => c.Type == "file"))
        {
            multipart.Add(new ByteArrayContent("MZ\u0090"u8.ToArray()), file.Name, "../../evil\u0001.exe");
        }

        return multipart;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
