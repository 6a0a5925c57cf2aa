using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Demo;

/// <summary>
/// "Les bâtisseurs", the first Boost Innovation cohort of the CCI des Hauts-de-Seine, some months into its year: the
/// Innov Tour visits (the first at Schneider Electric's head office) and Happy Innov evenings recorded by the workflows,
/// its three coaches from the partners' panel, and the Connect Innov network's member companies so far.
/// </summary>
internal sealed class BoostDemo : DemoScript
{
    /// <summary>The partners the coaches come from ("trois coaches, issus du panel des partenaires"), by coach e-mail.</summary>
    private static readonly Dictionary<string, string> CoachPartners = new(StringComparer.OrdinalIgnoreCase)
    {
        [DemoCohorts.CoachMartinEmail] = "Schneider Electric",
        [DemoCohorts.CoachLeroyEmail] = "Orange",
        [DemoCohorts.CoachBenaliEmail] = "Ernst & Young",
    };

    /// <inheritdoc />
    public override string TemplateId => "boost-innovation";

    /// <inheritdoc />
    public override CohortPlan Plan(string programmeId, DateOnly today, DemoOptions options)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-options.MonthsIn);
        return new CohortPlan(programmeId, "Les bâtisseurs", start, start.AddYears(1).AddDays(-1), DemoCohorts.Batisseurs, DemoCohorts.BatisseursCoaches, DemoCohorts.BatisseursFunders);
    }

    /// <summary>
    /// The coaches' partner organisations, and Connect Innov's members: the cohort's 17 companies and the other member
    /// companies of the network (organisations linked to the programme with the role Member), on the way to 100.
    /// </summary>
    public override async Task FinishAsync(DemoPlay play, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(play);
        await using var db = await play.Get<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync(cancellationToken);
        var now = play.Now;
        foreach (var coach in await db.Coaches.Where(c => c.CohortId == play.CohortId).ToListAsync(cancellationToken))
        {
            if (CoachPartners.TryGetValue(coach.Email, out var partner))
            {
                coach.OrganisationId = (await OrganisationDirectory.FindOrAddAsync(db, partner, OrganisationKind.Business, now, cancellationToken)).Id;
            }
        }

        foreach (var company in await db.Companies.Where(c => c.CohortId == play.CohortId).OrderBy(c => c.Name).ToListAsync(cancellationToken))
        {
            var organisation = await OrganisationDirectory.FindOrAddAsync(db, company.Name, OrganisationKind.Business, now, cancellationToken);
            organisation.Town ??= company.Location;
            company.OrganisationId = organisation.Id;
            await OrganisationDirectory.LinkAsync(db, play.ProgrammeId, organisation.Id, ProgrammeOrganisationRole.Member, cancellationToken);
        }

        for (var n = 1; n <= DemoCohorts.ConnectInnovOtherMembers; n++)
        {
            var organisation = await OrganisationDirectory.FindOrAddAsync(db, $"Adhérent Connect Innov n°{n}", OrganisationKind.Business, now, cancellationToken);
            await OrganisationDirectory.LinkAsync(db, play.ProgrammeId, organisation.Id, ProgrammeOrganisationRole.Member, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
