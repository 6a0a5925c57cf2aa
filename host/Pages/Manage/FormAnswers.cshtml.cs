using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Host.Reporting.FormSynthesis;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Forms.Aggregation;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>
/// A form's answers summed up for a programme's manager: per question the counts and shares, the numbers' spread, the
/// dates and the texts, grouped by cohort, town, sector or a single-choice question, the texts searchable; the CSV,
/// Excel, Word and PDF downloads with the same choices. A bad choice shows next to its field.
/// </summary>
public sealed class FormAnswersModel(ProgrammeReader reader, FormSummaryQuery query, IDbContextFactory<CohortsDbContext> domain, IStringLocalizer<SynthesisText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string FormId { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public Guid? CohortId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? By { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public string ProgrammeName { get; private set; } = string.Empty;

    public IReadOnlyList<(Guid Id, string Name)> Cohorts { get; private set; } = [];

    public FormAnswersScope? Scope { get; private set; }

    public AnswerSummary? Summary { get; private set; }

    public SummaryLabels? Labels { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string Query => QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("cohortId", CohortId?.ToString()),
            new("by", By),
            new("q", Q),
        }.Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToString();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var programme = await reader.RequireManagedAsync(Id, cancellationToken);
        ProgrammeName = programme.Name;
        await using (var db = await domain.CreateDbContextAsync(cancellationToken))
        {
            Cohorts = [.. (await db.Cohorts.AsNoTracking().Where(c => c.ProgrammeId == Id).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name))];
        }

        try
        {
            (Scope, Summary) = await query.RunAsync(Id, FormId, CohortId, By, Q, cancellationToken);
        }
        catch (DomainRuleException e) when (!e.IsNotFound)
        {
            foreach (var (field, messages) in e.Errors)
            {
                Errors[field] = string.Join(" ", messages.Select(m => LimitText.Localize(m, text)));
            }

            (Scope, Summary) = await query.RunAsync(Id, FormId, CohortId, null, null, cancellationToken);
        }

        Labels = new SummaryLabels(Summary, text, System.Globalization.CultureInfo.CurrentUICulture);
    }

    /// <summary>The single-choice questions a summary may be grouped by.</summary>
    public IEnumerable<FormQuestion> Choices => Summary?.Form.Questions.Where(q => q.Kind == QuestionKind.SingleChoice) ?? [];
}
