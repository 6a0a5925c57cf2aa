using System.Text.Encodings.Web;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.TravelBook;

/// <summary>
/// The links to a cohort's travel book (Word and PDF) on its page, shown when its programme is a learning expedition
/// (it has the lessons form, <see cref="TravelBookReader.LessonsForm"/>); nothing otherwise. The routes check access again.
/// </summary>
/// <param name="domain">The domain's contexts.</param>
/// <param name="text">The travel book's texts.</param>
public sealed class TravelBookLinks(IDbContextFactory<CohortsDbContext> domain, IStringLocalizer<TravelBookText> text) : ViewComponent
{
    /// <summary>Renders the links for a cohort of a programme.</summary>
    public async Task<IViewComponentResult> InvokeAsync(Guid cohortId, string programmeId)
    {
        await using var db = await domain.CreateDbContextAsync(HttpContext.RequestAborted);
        if (!await db.FormVersions.AsNoTracking().AnyAsync(v => v.ProgrammeId == programmeId && v.FormId == TravelBookReader.LessonsForm, HttpContext.RequestAborted))
        {
            return new HtmlContentViewComponentResult(HtmlString.Empty);
        }

        var html = HtmlEncoder.Default;
        var root = $"/api/cohorts/{cohortId}/travel-book";
        return new HtmlContentViewComponentResult(new HtmlString(
            $"<p class=\"report-links\" id=\"travel-book\" title=\"{html.Encode(text["The visits, their analyses by the participants and the cross-cutting lessons."])}\">" +
            $"<a href=\"{root}.docx\" download>{html.Encode(text["Travel book (Word)"])}</a> · <a href=\"{root}.pdf\" download>{html.Encode(text["Travel book (PDF)"])}</a></p>"));
    }
}
