using Cohorts.Workflows.Organisations;
using Cohorts.Workflows.Services;

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

    /// <summary>The coaches come from the partners' panel: each names its partner organisation (entered by the template).</summary>
    public override async Task<CohortPlan> CompletePlanAsync(CohortPlan plan, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var directory = services.GetRequiredService<OrganisationService>();
        List<CoachProfile> coaches = [];
        foreach (var coach in plan.Coaches ?? [])
        {
            var partner = CoachPartners.TryGetValue(coach.Email, out var name)
                ? (await directory.ListAsync(new OrganisationQuery(Search: name), cancellationToken)).Items.FirstOrDefault(o => o.Name == name)
                : null;
            coaches.Add(coach with { OrganisationId = partner?.Id });
        }

        return plan with { Coaches = coaches };
    }

    /// <summary>
    /// Connect Innov's members so far: the cohort's 17 companies, entered in the directory and linked to the programme
    /// as members (the network's target is 100), through the directory's services as a manager would.
    /// </summary>
    public override async Task FinishAsync(DemoPlay play, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(play);
        var directory = play.Get<OrganisationService>();
        var links = play.Get<OrganisationLinkService>();
        foreach (var company in await play.Get<CohortQueries>().GetCompaniesAsync(play.CohortId, cancellationToken: cancellationToken))
        {
            var organisation = await directory.AddAsync(new OrganisationInput(company.Name, OrganisationKind.Business, company.Location), DemoCohorts.ManagerEmail, cancellationToken);
            await links.LinkProgrammeAsync(play.ProgrammeId, new ProgrammeOrganisationLink(organisation.Id, ProgrammeOrganisationRole.Member), DemoCohorts.ManagerEmail, cancellationToken);
        }
    }
}
