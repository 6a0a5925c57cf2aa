using Cohorts.Host.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Cohorts.Host.Pages;

/// <summary>The home page: each signed-in user goes to their own start page, anyone else sees the welcome.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.IsInRole(CohortsRoles.Manager))
        {
            return LocalRedirect("/manage/programmes");
        }

        if (User.IsInRole(CohortsRoles.Coach))
        {
            return LocalRedirect("/coach/week");
        }

        if (User.IsInRole(CohortsRoles.Funder))
        {
            return LocalRedirect("/funder/progress");
        }

        if (User.IsInRole(CohortsRoles.Administrator))
        {
            return LocalRedirect("/admin/users");
        }

        return Page();
    }
}
