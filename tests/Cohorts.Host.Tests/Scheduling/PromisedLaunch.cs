using System.Globalization;
using System.Net;
using Cohorts.Host.Identity;
using Cohorts.Host.Tests.Funder;
using Cohorts.Host.Tests.Manager;
using Cohorts.Host.Tests.Support;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Simulation;
using Cohorts.Workflows.Templates;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Tests.Scheduling;

/// <summary>
/// A manager previews a cohort of a built-in programme through the API (start date, numbers of companies and coaches),
/// then creates and launches the same cohort: the preview's own made-up companies, coaches and funder, with accounts
/// for the coaches and the funder, and accepts the applications waiting for a decision in name order, as the preview does.
/// </summary>
internal static class PromisedLaunch
{
    public const string Manager = "claire.dubois@cci92.test";

    /// <summary>Previews then launches; answers the preview's sessions and events and the live cohort's id.</summary>
    public static async Task<(IReadOnlyList<PromisedSlot> Previewed, Guid CohortId)> RunAsync(LiveInstallation live, string templateId, DateOnly start)
    {
        var template = ProgrammeTemplates.Get(templateId);
        var plan = ProgrammeSimulator.Plan(SimulationRequest.For(template, start, template.SuggestedCompanies, template.SuggestedCoaches));
        await live.Host.CreateUserAsync(Manager, CohortsRoles.Manager);
        foreach (var coach in plan.Coaches)
        {
            await live.Host.CreateUserAsync(coach.Email, CohortsRoles.Coach);
        }

        foreach (var funder in plan.Funders ?? [])
        {
            await live.Host.CreateUserAsync(funder.Email, CohortsRoles.Funder);
        }

        var manager = await live.ClientAsync(Manager);
        var programmeId = (await manager.PostJsonAsync("/api/programmes", new { templateId }, HttpStatusCode.Created)).GetProperty("id").GetString()!;
        var startDate = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var preview = await manager.PostJsonAsync(
            $"/api/programmes/{programmeId}/simulations",
            new { startDate, companies = plan.Companies.Count, coaches = plan.Coaches.Count },
            HttpStatusCode.OK);
        Assert.DoesNotContain(preview.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("kind").GetString() is "EventOnExcludedDay" or "EventsSameDay" or "CoachOverCapacity");

        var cohort = await manager.PostJsonAsync(
            "/api/cohorts",
            new
            {
                programmeId,
                name = "Promotion du printemps",
                startDate,
                companies = plan.Companies.Select(c => new { name = c.Name, sector = c.Sector, headcount = c.Headcount, location = c.Location, contactEmail = c.ContactEmail, needs = c.Needs }),
                coaches = plan.Coaches.Select(c => new { name = c.Name, email = c.Email, capacity = c.Capacity, expertise = c.Expertise }),
                funders = (plan.Funders ?? []).Select(f => new { name = f.Name, email = f.Email, share = f.Share }),
                launch = true,
            },
            HttpStatusCode.Created);
        var cohortId = cohort.GetProperty("cohortId").GetGuid();

        List<(Guid Id, string Name)> applied;
        await using (var db = await live.Host.DomainAsync())
        {
            applied = [.. (await db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId && c.Status == CompanyStatus.Applied).ToListAsync())
                .Select(c => (c.Id, c.Name))
                .OrderBy(c => c.Name, StringComparer.Ordinal)];
        }

        foreach (var (id, _) in applied)
        {
            await manager.PostJsonAsync($"/api/companies/{id}/screening", new { decision = "Accepted" }, HttpStatusCode.OK);
        }

        return (PromisedSlot.FromPreview(preview), cohortId);
    }
}
