using Cohorts.Host.Localization;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc;
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
        if (!await ReportLinks.ProgrammeHasFormAsync(domain, programmeId, TourSynthesisReader.FormId, HttpContext.RequestAborted))
        {
            return ReportLinks.None();
        }

        var root = $"/api/cohorts/{cohortId}/synthesis";
        return ReportLinks.Paragraph(
            "tour-synthesis",
            null,
            $"{text["Synthesis for the ministry"]}{text[":"]}",
            ($"{root}.pdf", text["PDF"]),
            ($"{root}.docx", text["Word"]));
    }
}
