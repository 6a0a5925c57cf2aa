using Cohorts.Host.Access;
using Cohorts.Host.Localization;
using Cohorts.Host.Manage;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Simulation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Cohorts.Host.Pages.Manage;

/// <summary>
/// Launches a cohort of a programme: the form (name, dates, companies, coaches, funder, one per line), a preview
/// simulated on the programme's current workflow (calendar, coach load, target dates), then the launch.
/// </summary>
public sealed class LaunchModel(ProgrammeReader reader, SimulationPreviewer previewer, CohortPlanner planner, UserAccess access, TimeProvider clock, IStringLocalizer<ManagerText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    [BindProperty]
    public LaunchForm Form { get; set; } = new();

    public Programme Programme { get; private set; } = null!;

    public SimulationResult? Preview { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Programme = await reader.RequireManagedAsync(Id, cancellationToken);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), CohortsHostExtensions.PagesTimeZone).DateTime);
        Form.StartDate = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        Form.CohortId = Guid.CreateVersion7(clock.GetUtcNow());
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        Programme = await reader.RequireManagedAsync(Id, cancellationToken);
        var parsed = Parse();
        if (parsed.Plan is not { } plan)
        {
            return Page();
        }

        try
        {
            Preview = await previewer.PreviewAsync(plan, cancellationToken);
        }
        catch (DomainRuleException problem)
        {
            AddErrors(LaunchFormParser.Place(problem, parsed, text));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostLaunchAsync(CancellationToken cancellationToken)
    {
        Programme = await reader.RequireManagedAsync(Id, cancellationToken);
        // The form posted again after its cohort was made (a double click, a browser resending it): show that cohort.
        if (await LaunchedAlreadyAsync(cancellationToken))
        {
            return LocalRedirect($"/manage/cohorts/{Form.CohortId}?launched=true");
        }

        var parsed = Parse();
        if (parsed.Plan is not { } plan)
        {
            return Page();
        }

        try
        {
            var created = await planner.CreateAsync(plan, launch: true, cancellationToken);
            return LocalRedirect($"/manage/cohorts/{created.CohortId}?launched=true");
        }
        catch (DomainRuleException problem)
        {
            if (await LaunchedAlreadyAsync(cancellationToken))
            {
                // Two posts at once: the other one made the cohort.
                return LocalRedirect($"/manage/cohorts/{Form.CohortId}?launched=true");
            }

            AddErrors(LaunchFormParser.Place(problem, parsed, text));
            return Page();
        }
    }

    /// <summary>Whether the cohort this form makes exists already, in the programme (a launch the same form posted).</summary>
    private async Task<bool> LaunchedAlreadyAsync(CancellationToken cancellationToken)
    {
        if (Form.CohortId is not { } id || id == Guid.Empty)
        {
            return false;
        }

        try
        {
            return (await access.RequireCohortManagerAsync(id, cancellationToken)).Cohort.ProgrammeId == Programme.Id;
        }
        catch (DomainRuleException missing) when (missing.IsNotFound)
        {
            return false;
        }
    }

    private LaunchFormResult Parse()
    {
        // The form is checked line by line here; a date the binder could not read is already in ModelState.
        var parsed = LaunchFormParser.Parse(Form, Programme, text);
        AddErrors(parsed.Errors);
        return ModelState.IsValid ? parsed : parsed with { Plan = null };
    }

    private void AddErrors(IEnumerable<KeyValuePair<string, string>> errors)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field.Length == 0 ? string.Empty : $"{nameof(Form)}.{field}", message);
        }
    }
}
