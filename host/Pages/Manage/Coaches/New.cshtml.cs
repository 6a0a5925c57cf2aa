using System.Globalization;
using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage.Coaches;

/// <summary>Adds a coach to a cohort after its creation: a coach who joins during the year, or takes over from one who leaves.</summary>
public sealed class NewModel(UserAccess access, CohortPlanner planner, IStringLocalizer<ChangesText> text) : PageModel
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["name"] = nameof(NewCoachForm.Name),
        ["email"] = nameof(NewCoachForm.Email),
        ["capacity"] = nameof(NewCoachForm.Capacity),
        ["expertise"] = nameof(NewCoachForm.Expertise),
    };

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public NewCoachForm Form { get; set; } = new();

    public string CohortName { get; private set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        CohortName = (await access.RequireCohortManagerAsync(Id, cancellationToken)).Cohort.Name;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        CohortName = (await access.RequireCohortManagerAsync(Id, cancellationToken)).Cohort.Name;
        if (!ModelState.IsValid)
        {
            return Page(); // a capacity that is not a number: shown next to its field
        }

        var expertise = (Form.Expertise ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var profile = new CoachProfile(Form.Name ?? string.Empty, Form.Email ?? string.Empty, Form.Capacity ?? 0, expertise);
        try
        {
            var coach = await planner.AddCoachAsync(Id, profile, cancellationToken);
            Notice = text["{0} joined the cohort's coaches: give them companies from each company's page.", coach.Name];
            return Redirect($"/manage/cohorts/{Id}/coaches");
        }
        catch (DomainRuleException rule) when (!rule.IsNotFound)
        {
            FormRefusal.Show(ModelState, rule, Fields, Explain);
            return Page();
        }
    }

    private string Explain(string field, string message, bool conflict) => LimitText.TryLocalize(message, text) ?? field switch
    {
        "email" when conflict => text["The cohort has a coach with that e-mail address already."],
        "email" when message.StartsWith("Give", StringComparison.Ordinal) || message.Contains("required", StringComparison.OrdinalIgnoreCase) => text["Give the coach's e-mail address."],
        "email" => text["Give an e-mail address, such as name@example.org."],
        "name" => text["Give the coach's name."],
        "capacity" => text["A coach takes from 1 to {0} companies.", InputLimits.MaxCoachCapacity.ToString("N0", CultureInfo.CurrentCulture)],
        _ when message.Contains("ended", StringComparison.Ordinal) => text["This cohort has ended: no coach joins it now."],
        _ when message.Contains("archived", StringComparison.Ordinal) => text["This cohort is archived: restore it to add a coach."],
        _ when message.Contains("coaches already", StringComparison.Ordinal) => text["This cohort has {0} coaches already, the most a cohort may.", InputLimits.MaxCoachesPerCohort.ToString("N0", CultureInfo.CurrentCulture)],
        _ => text["The coach could not be added."],
    };
}
