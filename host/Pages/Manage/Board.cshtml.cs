using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Host.Tables;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>
/// A cohort's board: where each company is, in words (the engine's steps folded away), its coach, status and late
/// sessions, sorted, filtered, searched and paged on the server (<see cref="BoardTable"/>); screening and coach changes.
/// </summary>
public sealed class BoardModel(UserAccess access, CohortBoardReader reader, CompanyDecisions decisions, IStringLocalizer<ManagerText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Launched { get; set; }

    public CohortBoard Board { get; private set; } = null!;

    /// <summary>Gets the page of rows shown.</summary>
    public TablePage<BoardRow> Rows { get; private set; } = null!;

    public Guid? CohortInstanceId { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>Gets or sets what the last decision posted did, shown once on the board it redirects to.</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Notice = Done;
        if (Launched)
        {
            Notice = text["The cohort is launched: each company's journey has started and waits for your screening of its application."];
        }
    }

    /// <summary>Gets the company whose screening form was posted with a problem, so its reasons are shown again.</summary>
    public Guid? PostedCompanyId { get; private set; }

    /// <summary>Gets the reasons posted with a problem.</summary>
    public string? PostedReasons { get; private set; }

    public async Task<IActionResult> OnPostScreenAsync(Guid companyId, string decision, string? reasons, CancellationToken cancellationToken, bool shareReasons = true)
    {
        await access.RequireCohortManagerAsync(Id, cancellationToken);
        if (!UnreadFormValues() || !await OfThisCohortAsync(companyId, cancellationToken))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        (PostedCompanyId, PostedReasons) = (companyId, reasons);
        try
        {
            await decisions.ScreenAsync(companyId, decision, reasons, shareReasons, cancellationToken);
            return Shown(text["The screening decision is recorded."]);
        }
        catch (DomainRuleException problem) when (!problem.IsNotFound)
        {
            foreach (var (field, messages) in problem.Errors)
            {
                var said = messages.Select(m => LimitText.TryLocalize(m, text)).ToList();
                ModelState.AddModelError(
                    field == "reasons" ? $"reasons-{companyId}" : string.Empty,
                    said.All(m => m is not null) ? string.Join(" ", said) : field == "reasons" ? text["Say why (the company is told)."] : string.Join(" ", messages.Select(m => LimitText.Localize(m, text))));
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>A decision done: back to the board as it was shown (its order, filter and page), the notice shown once; a refresh posts nothing again.</summary>
    private RedirectResult Shown(string notice)
    {
        Done = notice;
        var query = QueryString.Create(Request.Query
            .Where(q => !string.Equals(q.Key, "handler", StringComparison.OrdinalIgnoreCase) && !string.Equals(q.Key, "launched", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
        return Redirect($"/manage/cohorts/{Id}{query}");
    }

    public async Task<IActionResult> OnPostCoachAsync(Guid companyId, Guid coachId, CancellationToken cancellationToken)
    {
        await access.RequireCohortManagerAsync(Id, cancellationToken);
        if (!UnreadFormValues() || !await OfThisCohortAsync(companyId, cancellationToken))
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        try
        {
            var assignment = await decisions.AssignCoachAsync(companyId, coachId, cancellationToken);
            return Shown(text["The coach is changed; upcoming sessions moved to them: {0}.", assignment.SessionsMoved]);
        }
        catch (DomainRuleException problem) when (!problem.IsNotFound)
        {
            ModelState.AddModelError(string.Empty, string.Join(" ", problem.Errors.SelectMany(e => e.Value).Select(m => LimitText.TryLocalize(m, text) ?? text[m].Value)));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// False when a posted value could not be read (a company or coach id that is not one): the board says so above
    /// its table, as its forms' hidden and chosen values have no field of their own, and nothing is changed.
    /// </summary>
    private bool UnreadFormValues()
    {
        if (ModelState.IsValid)
        {
            return true;
        }

        var unread = ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList();
        foreach (var key in unread)
        {
            ModelState.Remove(key);
        }

        ModelState.AddModelError(string.Empty, text["The form could not be read: reload the board and try again."]);
        return false;
    }

    /// <summary>
    /// False when the posted company is not one of this board's cohort (a form from another board, or an id changed by
    /// hand): the board says so as for an unread value, and nothing is changed. A company the manager may not see is refused.
    /// </summary>
    private async Task<bool> OfThisCohortAsync(Guid companyId, CancellationToken cancellationToken)
    {
        var company = await access.RequireCompanyAsync(companyId, cancellationToken: cancellationToken);
        if (company.CohortId == Id)
        {
            return true;
        }

        ModelState.AddModelError(string.Empty, text["The form could not be read: reload the board and try again."]);
        return false;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var cohort = await access.RequireCohortManagerAsync(Id, cancellationToken);
        CohortInstanceId = cohort.Cohort.CohortInstanceId;
        Board = await reader.ReadRowsAsync(Id, cancellationToken);
        var page = BoardTable.View(s => StatusText.Company(s, text)).Apply(Board.Rows, TableQuery.From(Request.Query, BoardTable.PageSize));
        Rows = page with { Rows = await reader.WithStepsAsync(Id, page.Rows, cancellationToken) };
    }
}
