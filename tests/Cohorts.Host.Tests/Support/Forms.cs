using System.Text.RegularExpressions;

namespace Cohorts.Host.Tests.Support;

/// <summary>Posts a page's form as a browser would: with the antiforgery token read from the page.</summary>
public static partial class Forms
{
    /// <summary>Reads a page; answers its antiforgery token (the first form's).</summary>
    public static async Task<string> GetAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenInput().Match(html);
        Assert.True(match.Success, $"No antiforgery token in {path}.");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts fields with the antiforgery token.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string token, IDictionary<string, string> fields)
    {
        var content = new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return client.PostAsync(path, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
