using Cohorts.Workflows.Domain;

namespace Cohorts.Host.Access;

/// <summary>What the signed-in user is to one cohort: its manager, one of its coaches, one of its funders, or none.</summary>
/// <param name="Cohort">The cohort.</param>
/// <param name="Programme">Its programme.</param>
/// <param name="Manages">Whether the user manages the cohort's programme.</param>
/// <param name="CoachId">The user's coach record in the cohort, if they coach in it.</param>
/// <param name="FunderId">The user's funder record in the cohort, if they fund it.</param>
public sealed record CohortAccess(Cohort Cohort, Programme Programme, bool Manages, Guid? CoachId, Guid? FunderId)
{
    /// <summary>Gets a value indicating whether the user may see the cohort at all (a coach sees only their companies in it).</summary>
    public bool CanView => Manages || CoachId is not null || FunderId is not null;

    /// <summary>
    /// Gets a value indicating whether the user is one of the event organisers the cohort's programme names
    /// (<see cref="Programme.EventOrganisers"/>): they see and record the cohort's collective events.
    /// </summary>
    public bool OrganisesEvents { get; init; }

    /// <summary>Gets a value indicating whether the user may list, see and record every collective event of the cohort (its manager or a named organiser).</summary>
    public bool RunsEvents => Manages || OrganisesEvents;

    /// <summary>Gets a value indicating whether the user sees every company of the cohort (its manager or a funder).</summary>
    public bool SeesAllCompanies => Manages || FunderId is not null;
}
