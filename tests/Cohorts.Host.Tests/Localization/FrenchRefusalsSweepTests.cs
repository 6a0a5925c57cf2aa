using System.Net;
using System.Text.RegularExpressions;
using Cohorts.Host.Tests.Limits;
using Cohorts.Host.Tests.Support;

namespace Cohorts.Host.Tests.Localization;

/// <summary>
/// The pages' refusals in French: each role, its pages in French, follows the links of its pages from its home and
/// posts every form it finds (each shape once) with hostile values (<see cref="HostileFormValues"/>) and plausible
/// wrong ones (an address without an @, a negative number, a past date, an empty text). Every message shown next to a
/// field, in a page's list of problems or as its notice must be French: the domain writes its refusals in English, and
/// a page that showed one as it is (a coach at capacity, a form answered already, a form document's problems) was the
/// bug this sweep found.
/// </summary>
public sealed partial class FrenchRefusalsSweepTests(DemoHostFixture demo) : IClassFixture<DemoHostFixture>
{
    private const int MostPages = 250;
    private const int Rounds = 5;

    [Theory]
    [InlineData(TestAccounts.Manager)]
    [InlineData(TestAccounts.CoachMartin)]
    [InlineData(TestAccounts.Funder)]
    [InlineData("admin@cohorts.demo")]
    public async Task EveryFormOfEveryPage_BadValues_RefusedInFrench(string account)
    {
        using var client = await demo.Factory.CreatePageClientAsync(account);
        var token = await Forms.GetAsync(client, "/account/login");
        using (var french = await Forms.PostAsync(client, "/culture", token, new Dictionary<string, string> { ["culture"] = "fr", ["returnUrl"] = "/" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, french.StatusCode);
        }

        var english = new SortedSet<string>(StringComparer.Ordinal);
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        var (pages, posts, refusals) = (0, 0, 0);
        await foreach (var (path, html) in PageCrawl.PagesAsync(() => client, ["/"], MostPages, moved => !moved.Contains("/account/", StringComparison.Ordinal)))
        {
            pages++;

            // The language switch, the profile (its language) and signing out would leave French or the session.
            foreach (var form in PageFormReader.PostForms(html, path).Where(f => !KeepsTheSession().IsMatch(f.Action) && shapes.Add(f.Shape)))
            {
                for (var round = 0; round < Rounds; round++)
                {
                    posts++;
                    var fields = form.Controls.SelectMany(c => Values(c.Name, c.Type, c.Values, round).Select(v => new KeyValuePair<string, string>(c.Name, v)));
                    using var posted = await client.PostAsync(form.Action, new FormUrlEncodedContent(fields));
                    if (posted.Content.Headers.ContentType?.MediaType == "text/html")
                    {
                        refusals += Collect(await posted.Content.ReadAsStringAsync(), $"POST {form.Action}", english);
                    }
                }
            }
        }

        Assert.True(pages >= 5 && posts >= Rounds && refusals > 0, $"only {pages} pages, {posts} posts and {refusals} refusals were reached as {account}");
        Assert.True(english.Count == 0, $"{english.Count} messages in English on French pages as {account}:\n" + string.Join('\n', english.Take(30)));
    }

    private static IEnumerable<string> Values(string name, string type, IReadOnlyList<string> written, int round)
    {
        if (round < HostileFormValues.Rounds || name == "__RequestVerificationToken")
        {
            return HostileFormValues.For(name, type, written, round % HostileFormValues.Rounds);
        }

        var first = round == HostileFormValues.Rounds;
        return type switch
        {
            "email" => [first ? "zzz" : "a b@c"],
            "number" or "range" => [first ? "-1" : "0"],
            "date" => [first ? "2020-01-01" : "2030-01-01"],
            "datetime-local" => [first ? "2020-01-01T10:00" : "2030-01-01T10:00"],
            "select" or "radio" => [written.Count > 0 ? written[round % written.Count] : string.Empty],
            "hidden" or "button" or "submit" or "checkbox" => written.Take(1),
            "file" => [],
            _ => [first ? string.Empty : "Julie, zzz\nAcme, x, y, zzz"],
        };
    }

    // Adds each refusal whose words are English (quoted values aside: they are what was typed); answers how many refusals the page shows.
    private static int Collect(string html, string where, SortedSet<string> english)
    {
        var count = 0;
        foreach (Match shown in Refusal().Matches(html))
        {
            var text = WebUtility.HtmlDecode(Tag().Replace(shown.Groups["text"].Value, " ")).Trim();
            count += text.Length > 0 ? 1 : 0;
            if (EnglishWord().IsMatch(Quoted().Replace(text, " ")))
            {
                english.Add($"{(text.Length > 300 ? text[..300] + "…" : text)} ({where})");
            }
        }

        return count;
    }

    [GeneratedRegex("/culture|/account/profile|/account/logout", RegexOptions.IgnoreCase)]
    private static partial Regex KeepsTheSession();

    [GeneratedRegex("<(?<tag>span|div|ul|p|li)[^>]*class=\"[^\"]*\\b(?:field-validation-error|validation-summary-errors|errors|field-error|problems|danger|notice)\\b[^\"]*\"[^>]*>(?<text>.*?)</\\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex Refusal();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("«[^»]*»|“[^”]*”|'[^']*'|<code>.*?</code>", RegexOptions.Singleline)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:the|is|are|must|cannot|has|have|with|and|not|was|its|this|give|send|only|at most|no longer|already)\b")]
    private static partial Regex EnglishWord();
}
