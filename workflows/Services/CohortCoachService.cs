using System.Globalization;
using System.Text.Json.Nodes;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Audit;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Services;

/// <summary>
/// Adds a coach to a cohort after its creation (a coach who joins the programme during the year, another who takes
/// over from one who leaves): from then on the coach can be given companies (a new company's assignment, or a change of
/// coach on a company's page) and sees them.
/// </summary>
public sealed class CohortCoachService
{
    private readonly CohortsStore _store;
    private readonly TimeProvider _time;

    internal CohortCoachService(CohortsStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>
    /// Adds a coach to a cohort that has not ended, with <paramref name="alongside"/>'s rows (their invitation) in the
    /// same transaction.
    /// </summary>
    /// <returns>The coach added.</returns>
    /// <exception cref="DomainRuleException">
    /// No such cohort (404); the profile is wrong, or the cohort has ended, is archived or has its most coaches (400, by
    /// field); the cohort has a coach with that address or that id already (409).
    /// </exception>
    public async Task<Coach> AddAsync(Guid cohortId, CoachProfile profile, string? actor, AlongsideWrite? alongside, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var problems = new Problems();
        CohortPlanValidator.CheckCoach(profile, string.Empty, problems);
        problems.ThrowIfAny();
        var now = _time.GetUtcNow();
        return await _store.WriteAsync(
            async db =>
            {
                var cohort = await db.Cohorts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cohortId, cancellationToken)
                    ?? throw DomainRuleException.NotFound("cohortId", "cohort", cohortId);
                if (cohort.ArchivedAt is not null)
                {
                    throw new DomainRuleException("cohortId", $"Cohort '{cohort.Name}' is archived: restore it to add a coach.");
                }

                var zone = await DomainQueries.For(db).ProgrammeTimeZone(db, cohort.ProgrammeId, cancellationToken) ?? "UTC";
                var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, ZonedTime.FindZone(zone) ?? TimeZoneInfo.Utc).DateTime);
                if (today > cohort.EndDate)
                {
                    throw new DomainRuleException("cohortId", $"Cohort '{cohort.Name}' ended on {InputLimits.Iso(cohort.EndDate)}: no coach joins it now.");
                }

                var email = profile.Email.Trim();
                var emails = await db.Coaches.AsNoTracking().Where(c => c.CohortId == cohortId).Select(c => c.Email).ToListAsync(cancellationToken);
                if (emails.Exists(e => string.Equals(e, email, StringComparison.OrdinalIgnoreCase)))
                {
                    throw DomainRuleException.RecordedAlready("email", $"Cohort '{cohort.Name}' has a coach with the e-mail address '{email}' already.");
                }

                if (emails.Count >= InputLimits.MaxCoachesPerCohort)
                {
                    throw new DomainRuleException("cohortId", string.Create(CultureInfo.InvariantCulture, $"Cohort '{cohort.Name}' has {InputLimits.MaxCoachesPerCohort} coaches already, the most a cohort may."));
                }

                if (profile.Id is { } id && await db.Coaches.AnyAsync(c => c.Id == id, cancellationToken))
                {
                    throw DomainRuleException.RecordedAlready("id", $"A coach with id '{id}' exists already.");
                }

                if (profile.OrganisationId is { } organisationId)
                {
                    await Organisations.OrganisationLinkService.RequireLinkableAsync(db, organisationId, "organisationId", cancellationToken);
                }

                var coach = CohortLauncher.NewCoach(cohortId, profile, now);
                db.Coaches.Add(coach);
                AuditLog.Add(db, now, actor, AuditActions.CoachAdded, cohortId, subjectId: coach.Id.ToString(), data: new JsonObject { ["coachId"] = coach.Id.ToString(), ["name"] = coach.Name, ["email"] = coach.Email });
                if (alongside is not null)
                {
                    await alongside(db, cancellationToken);
                }

                return coach;
            },
            cancellationToken);
    }
}
