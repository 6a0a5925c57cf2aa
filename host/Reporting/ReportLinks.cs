using System.Text;
using System.Text.Encodings.Web;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Reporting;

/// <summary>
/// What the cohort page's document links share (the travel book's, the tour synthesis's): whether the programme asks
/// the form the document is made from, and the paragraph of links, every text encoded.
/// </summary>
internal static class ReportLinks
{
    /// <summary>Gets whether the programme has any version of the form.</summary>
    public static async Task<bool> ProgrammeHasFormAsync(IDbContextFactory<CohortsDbContext> domain, string programmeId, string formId, CancellationToken cancellationToken)
    {
        await using var db = await domain.CreateDbContextAsync(cancellationToken);
        return await db.FormVersions.AsNoTracking().AnyAsync(v => v.ProgrammeId == programmeId && v.FormId == formId, cancellationToken);
    }

    /// <summary>Nothing on the page.</summary>
    public static HtmlContentViewComponentResult None() => new(HtmlString.Empty);

    /// <summary>
    /// A <c>p.report-links</c> of download links separated by « · », with an optional title (a tooltip) and an optional
    /// label before the links (already punctuated).
    /// </summary>
    public static HtmlContentViewComponentResult Paragraph(string id, string? title, string? label, params (string Href, string Text)[] links)
    {
        var html = HtmlEncoder.Default;
        var paragraph = new StringBuilder("<p class=\"report-links\" id=\"").Append(html.Encode(id)).Append('"');
        if (title is not null)
        {
            paragraph.Append(" title=\"").Append(html.Encode(title)).Append('"');
        }

        paragraph.Append('>');
        if (label is not null)
        {
            paragraph.Append(html.Encode(label)).Append(' ');
        }

        paragraph.AppendJoin(" · ", links.Select(link => $"<a href=\"{html.Encode(link.Href)}\" download>{html.Encode(link.Text)}</a>"));
        return new(new HtmlString(paragraph.Append("</p>").ToString()));
    }
}
