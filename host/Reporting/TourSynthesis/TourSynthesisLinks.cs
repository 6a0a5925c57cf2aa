using System.Text.Encodings.Web;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.TourSynthesis;

/// <summary>
/// The links to a cohort's synthesis for the ministry (Word and PDF) on its page, shown when its programme has the
/// needs questionnaire (<see cref="TourSynthesisReader.FormId"/>); nothing otherwise. The page shows it to those who
/// may open it; the routes check again.
/// </summary>
/// <param name="domain">The domain's contexts.</param>
/// <param name="text">The tour's texts.</param>
public sealed class TourSynthesisLinks(IDbContextFactory<CohortsDbContext> domain, IStringLocalizer<TourText> text) : ViewComponent
{
    /// <summary>Renders the links for a cohort of a programme.</summary>
    public async Task<IViewComponentResult> InvokeAsync(Guid cohortId, string programmeId)
    {
        await using var db = await domain.CreateDbContextAsync(HttpContext.RequestAborted);
        if (!await db.FormVersions.AsNoTracking().AnyAsync(v => v.ProgrammeId == programmeId && v.FormId == TourSynthesisReader.FormId, HttpContext.RequestAborted))
        {
            return new HtmlContentViewComponentResult(HtmlString.Empty);
        }

        var html = HtmlEncoder.Default;
        var root = $"/api/cohorts/{cohortId}/synthesis";
        return new HtmlContentViewComponentResult(new HtmlString(
            $"<p class=\"report-links\" id=\"tour-synthesis\">{html.Encode(text["Synthesis for the ministry"])}{html.Encode(text[":"])} " +
            $"<a href=\"{root}.pdf\" download>{html.Encode(text["PDF"])}</a> · <a href=\"{root}.docx\" download>{html.Encode(text["Word"])}</a></p>"));
    }
}
