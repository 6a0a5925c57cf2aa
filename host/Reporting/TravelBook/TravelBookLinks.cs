using Cohorts.Host.Localization;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Mvc;
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
        if (!await ReportLinks.ProgrammeHasFormAsync(domain, programmeId, TravelBookReader.LessonsForm, HttpContext.RequestAborted))
        {
            return ReportLinks.None();
        }

        var root = $"/api/cohorts/{cohortId}/travel-book";
        return ReportLinks.Paragraph(
            "travel-book",
            text["The visits, their analyses by the participants and the cross-cutting lessons."],
            null,
            ($"{root}.docx", text["Travel book (Word)"]),
            ($"{root}.pdf", text["Travel book (PDF)"]));
    }
}
