using System.Globalization;
using System.Text.Encodings.Web;
using Cohorts.Host.Localization;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Reporting.FormSynthesis;

/// <summary>
/// On an event's page, the synthesis of each form asked about that event (the OpenLab's « retour à froid » of one
/// conference): Word and PDF of that event's answers only; nothing when no form was asked about it. The routes check
/// access again.
/// </summary>
/// <param name="domain">The domain's contexts.</param>
/// <param name="text">The synthesis texts.</param>
public sealed class EventFormLinks(IDbContextFactory<CohortsDbContext> domain, IStringLocalizer<SynthesisText> text) : ViewComponent
{
    /// <summary>Renders the links for an event.</summary>
    public async Task<IViewComponentResult> InvokeAsync(Guid sessionId)
    {
        await using var db = await domain.CreateDbContextAsync(HttpContext.RequestAborted);
        var asked = await db.FormRequests.AsNoTracking()
            .Where(r => r.SessionId == sessionId)
            .Select(r => new { r.ProgrammeId, r.FormId })
            .Distinct()
            .ToListAsync(HttpContext.RequestAborted);
        if (asked.Count == 0)
        {
            return new HtmlContentViewComponentResult(HtmlString.Empty);
        }

        // Every version of the asked forms in one read; each link names the form as its latest version does.
        var programmeIds = asked.Select(f => f.ProgrammeId).Distinct().ToList();
        var formIds = asked.Select(f => f.FormId).Distinct().ToList();
        var latest = (await db.FormVersions.AsNoTracking()
                .Where(v => programmeIds.Contains(v.ProgrammeId) && formIds.Contains(v.FormId))
                .ToListAsync(HttpContext.RequestAborted))
            .GroupBy(v => (v.ProgrammeId, v.FormId))
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Version)!);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var html = HtmlEncoder.Default;
        var builder = new HtmlContentBuilder();
        builder.AppendHtml("<section class=\"event-forms\"><ul>");
        foreach (var form in asked.OrderBy(f => f.FormId, StringComparer.Ordinal))
        {
            var name = latest.TryGetValue((form.ProgrammeId, form.FormId), out var version)
                ? FormReader.Read(version.Json).Definition?.Name.In(language) ?? form.FormId
                : form.FormId;
            var root = $"/api/programmes/{Uri.EscapeDataString(form.ProgrammeId)}/forms/{Uri.EscapeDataString(form.FormId)}/answers/synthesis";
            builder.AppendHtml(
                $"<li>{html.Encode(text["Answers to {0}", name])} — " +
                $"<a href=\"{root}.docx?sessionId={sessionId}\" download>{html.Encode(text["Synthesis (Word)"])}</a> · " +
                $"<a href=\"{root}.pdf?sessionId={sessionId}\" download>{html.Encode(text["Synthesis (PDF)"])}</a></li>");
        }

        builder.AppendHtml("</ul></section>");
        return new HtmlContentViewComponentResult(builder);
    }
}
