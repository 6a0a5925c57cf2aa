using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Cohorts.Host.Tests.Limits;

/// <summary>Reads a page as a browser sees it (AngleSharp): the site's links it could follow and the forms it could post.</summary>
public static class PageFormReader
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The page's links to other pages of the site (no downloads, no API, no sign-out).</summary>
    public static IEnumerable<string> Links(string html)
    {
        using var document = Parser.ParseDocument(html);
        foreach (var link in document.QuerySelectorAll("a[href]").Cast<IHtmlAnchorElement>())
        {
            var href = link.GetAttribute("href")!;
            if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !Skipped(href))
            {
                yield return System.Net.WebUtility.HtmlDecode(href.Split('#')[0]);
            }
        }
    }

    /// <summary>The page's forms that post (sign-out and the language switch left out).</summary>
    public static IReadOnlyList<PageForm> PostForms(string html, string pagePath)
    {
        using var document = Parser.ParseDocument(html);
        var forms = new List<PageForm>();
        foreach (var form in document.QuerySelectorAll("form").Cast<IHtmlFormElement>())
        {
            var action = form.GetAttribute("action") is { Length: > 0 } written ? written : pagePath;
            if (!string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase) || Skipped(action) || action.StartsWith("/culture", StringComparison.Ordinal))
            {
                continue;
            }

            var controls = new List<(string Name, string Type, IReadOnlyList<string> Values)>();
            foreach (var element in form.Elements)
            {
                var name = element.GetAttribute("name");
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }

                var (type, value) = element switch
                {
                    IHtmlSelectElement select => ("select", select.Options.Select(o => o.Value).ToList()),
                    IHtmlTextAreaElement area => ("textarea", [area.Value]),
                    IHtmlInputElement input => (input.Type.ToLowerInvariant(), [input.GetAttribute("value") ?? (input.Type is "checkbox" or "radio" ? "on" : string.Empty)]),
                    IHtmlButtonElement button => ("button", [button.Value]),
                    _ => ("text", new List<string> { string.Empty }),
                };
                var same = controls.FindIndex(c => c.Name == name);
                if (same >= 0 && type is "radio" or "checkbox")
                {
                    controls[same] = (name, type, [.. controls[same].Values, .. value]);
                }
                else if (same < 0)
                {
                    controls.Add((name, type, value));
                }
            }

            forms.Add(new PageForm(System.Net.WebUtility.HtmlDecode(action), string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase), controls));
        }

        return forms;
    }

    private static bool Skipped(string path) =>
        path.StartsWith("/api/", StringComparison.Ordinal)
        || new[] { "logout", "signout", "sign-out", ".csv", ".pdf", ".ics", ".xlsx", ".svg", "download", "export" }.Any(word => path.Contains(word, StringComparison.OrdinalIgnoreCase));
}
