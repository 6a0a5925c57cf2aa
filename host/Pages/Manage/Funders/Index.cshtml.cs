using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Host.Web;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage.Funders;

/// <summary>
/// A cohort's funders, their addresses and shares, and the form adding one after the cohort's creation: a co-funder
/// who joins during the year, another person of a funding body.
/// </summary>
public sealed class IndexModel(UserAccess access, CohortPlanner planner, CohortQueries queries, HumanText human, IStringLocalizer<ChangesText> text) : PageModel
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["name"] = nameof(NewFunderForm.Name),
        ["email"] = nameof(NewFunderForm.Email),
        ["share"] = nameof(NewFunderForm.Share),
    };

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public NewFunderForm Form { get; set; } = new();

    public string CohortName { get; private set; } = string.Empty;

    public IReadOnlyList<Workflows.Domain.Funder> Funders { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    /// <summary>Gets the share of the budget no funder covers (0 to 1).</summary>
    public decimal Uncovered => Math.Max(0m, 1m - Funders.Sum(f => f.Share));

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        try
        {
            // A share that cannot be read is sent as none, which the domain refuses at "share" along with any problem of
            // the name and the address, before anything is written.
            var funder = new FunderShare(Form.Name ?? string.Empty, Form.Email ?? string.Empty, TypedShares.Read(Form.Share) ?? 0m);
            var added = await planner.AddFunderAsync(Id, funder, cancellationToken);
            Notice = text["{0} joined the cohort's funders: they follow its progress and decide the milestones a funder decides.", added.Name];
            return Redirect($"/manage/cohorts/{Id}/funders");
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            FormRefusal.Show(ModelState, rule, Fields, Explain);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CohortName = (await access.RequireCohortManagerAsync(Id, cancellationToken)).Cohort.Name;
        Funders = await queries.GetFundersAsync(Id, cancellationToken);
    }

    private string Explain(string field, string message, bool conflict) => LimitText.TryLocalize(message, text) ?? field switch
    {
        "email" when conflict => text["The cohort has a funder with that e-mail address already."],
        "email" when message.Contains("required", StringComparison.OrdinalIgnoreCase) => text["Give the funder's e-mail address."],
        "email" => text["Give an e-mail address, such as name@example.org."],
        "name" => text["Give the funder's name."],
        "share" when message.StartsWith("The cohort's funders cover", StringComparison.Ordinal) => text["The funders cover {0} of the budget already: give a share of at most {1}.", Percent(1m - Uncovered), Percent(Uncovered)],
        "share" => text["Give the share as a percentage above 0 and at most 100%, such as 25%."],
        _ when message.Contains("archived", StringComparison.Ordinal) => text["This cohort is archived: restore it to add a funder."],
        _ when message.Contains("funders already", StringComparison.Ordinal) => text["This cohort has {0} funders already, the most a cohort may.", InputLimits.MaxFundersPerCohort],
        _ => text["The funder could not be added."],
    };

    private string Percent(decimal share) => human.Share(share);
}
