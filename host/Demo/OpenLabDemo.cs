using System.Text.Json.Nodes;
using Cohorts.Workflows.Attachments;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Forms;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Host.Demo;

/// <summary>
/// An OpenLab « Exploration-Innovation » cohort in Clermont-Ferrand, a month younger than "Les bâtisseurs": each
/// conference recorded with its recording and its transcript on the shared tool attached, and most participants'
/// « retour à froid », asked by the journey the month after, answered through the portal's service.
/// </summary>
internal sealed class OpenLabDemo : DemoScript
{
    private const string Organiser = "Frédéric Denisot (CCI d’Auvergne)";

    /// <inheritdoc />
    public override string TemplateId => "openlab-exploration-innovation";

    /// <inheritdoc />
    public override CohortPlan Plan(string programmeId, DateOnly today, DemoOptions options)
    {
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-Math.Max(options.MonthsIn - 1, 0));
        return new CohortPlan(programmeId, "OpenLab Clermont — promotion " + start.Year, start, start.AddYears(3).AddDays(-1), DemoCohorts.OpenLab, DemoCohorts.OpenLabCoaches);
    }

    /// <summary>The researchers take part with their own organisation, the CRCGM (entered by the template).</summary>
    public override async Task<CohortPlan> CompletePlanAsync(CohortPlan plan, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var found = await services.GetRequiredService<Workflows.Organisations.OrganisationService>()
            .ListAsync(new Workflows.Organisations.OrganisationQuery(Search: "CRCGM"), cancellationToken);
        var laboratory = found.Items.FirstOrDefault(o => o.Name == DemoCohorts.OpenLabResearchers)?.Id;
        return plan with
        {
            Companies = [.. (plan.Companies ?? []).Select(c => c.Sector == "research" ? c with { OrganisationId = laboratory } : c)],
        };
    }

    /// <summary>Records the event as usual; a conference also gets its recording link and its transcript link.</summary>
    public override async Task RecordAsync(Session session, DemoPlay play, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(play);
        await play.RecordDefaultAsync(session, cancellationToken);
        if (session.Kind != SessionKind.Conference)
        {
            return;
        }

        var attachments = play.Get<AttachmentService>();
        var key = session.Id.ToString("N")[..12];
        await attachments.AddAsync(new NewAttachment(AttachmentOwner.Session, session.Id.ToString(), "Enregistrement de la conférence", SharedWithCompany: true), null, DemoCohorts.OpenLabRecordings + "video/" + key, Organiser, cancellationToken);
        await attachments.AddAsync(new NewAttachment(AttachmentOwner.Session, session.Id.ToString(), "Échanges retranscrits (outil collaboratif)", SharedWithCompany: true), null, DemoCohorts.OpenLabRecordings + "pad/" + key, Organiser, cancellationToken);
    }

    /// <summary>Answers the open « retour à froid » requests, as the participants do on the portal (one in four is left open).</summary>
    public override async Task<int> ActAsync(DemoPlay play, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(play);
        await using var db = await play.Get<IDbContextFactory<CohortsDbContext>>().CreateDbContextAsync(cancellationToken);
        var open = await db.FormRequests.AsNoTracking()
                .Where(r => r.CohortId == play.CohortId && r.FormId == "retour-a-froid" && r.Status == FormRequestStatus.Open)
                .OrderBy(r => r.RequestedAt).ThenBy(r => r.Id)
                .Select(r => new { r.Id, r.RespondentEmail })
                .ToListAsync(cancellationToken);
        var answered = 0;
        foreach (var request in open.Where(r => r.Id.ToByteArray()[15] % 4 != 0))
        {
            var (compris, maintenant, pourrions) = DemoCohorts.ColdFeedback[answered % DemoCohorts.ColdFeedback.Count];
            await play.Get<FormAnswerService>().SubmitAsync(
                request.Id,
                new JsonObject { ["compris"] = compris, ["maintenant"] = maintenant, ["pourrions"] = pourrions },
                request.RespondentEmail ?? "portal",
                cancellationToken);
            answered++;
        }

        return answered;
    }
}
