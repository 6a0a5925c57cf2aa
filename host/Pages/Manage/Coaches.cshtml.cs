using Cohorts.Host.Manage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages.Manage;

/// <summary>A cohort's coaches and their time: companies, sessions and hours planned, held and budgeted, warnings.</summary>
public sealed class CoachesModel(CoachHoursReader reader) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CohortCoachHours Hours { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Hours = await reader.ReadAsync(Id, cancellationToken);
}
