using Cohorts.Host.Access;
using Cohorts.Host.Identity;
using Cohorts.Host.Identity.Accounts;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Services;

namespace Cohorts.Host.Manage;

/// <summary>
/// Creates and launches cohorts of the programmes the signed-in user manages; the coaches and funders of a new cohort
/// who have no account yet are invited in the cohort's own transaction.
/// </summary>
public sealed class CohortPlanner(ProgrammeReader programmes, CohortLauncher launcher, CohortCoachService coaches, CohortFunderService funders, UserAccess access, AccountService accounts)
{
    /// <summary>Gets a cohort's default last day: the day before the programme's duration has passed.</summary>
    /// <exception cref="DomainRuleException">The first day is out of the range dates are taken in (<c>startDate</c>).</exception>
    public static DateOnly DefaultEndDate(Programme programme, DateOnly startDate)
    {
        ArgumentNullException.ThrowIfNull(programme);
        InputLimits.CheckDate("startDate", startDate);
        return startDate.AddMonths(programme.DurationMonths).AddDays(-1);
    }

    /// <summary>Creates a cohort from a plan and, when asked, launches it.</summary>
    /// <exception cref="DomainRuleException">No such programme (404), or the plan breaks rules (every problem named by field).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage the programme.</exception>
    public async Task<CreatedCohort> CreateAsync(CohortPlan plan, bool launch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await programmes.RequireManagedAsync(plan.ProgrammeId, cancellationToken);
        // Asked with its launch, the cohort is created marked launched: a process stopped before its instances are
        // started leaves a launch the next start completes (LaunchRecoveryService), never a cohort left unlaunched.
        var invitations = await accounts.CohortInvitationsAsync(
            [
                .. plan.Coaches.Select(c => new CohortInvitee(c.Email, c.Name, CohortsRoles.Coach)),
                .. (plan.Funders ?? []).Select(f => new CohortInvitee(f.Email, f.Name, CohortsRoles.Funder)),
            ],
            plan.Name,
            cancellationToken);

        // The invitations of its coaches and funders commit with the cohort: a process stopped at any instant leaves
        // the cohort with them, or neither.
        var cohortId = await launcher.CreateAsync(plan, access.Email, launch, invitations.WriteAsync, cancellationToken);
        invitations.LogMade();
        if (!launch)
        {
            return new CreatedCohort(cohortId, false, null);
        }

        var launched = await launcher.LaunchAsync(cohortId, access.Email, cancellationToken);
        return new CreatedCohort(cohortId, true, launched.DefinitionVersion);
    }

    /// <summary>
    /// Adds a coach to a cohort that has not ended; a coach without an account is invited in the same transaction.
    /// </summary>
    /// <exception cref="DomainRuleException">No such cohort (404); the profile is wrong or the cohort ended (400); the address is a coach's of the cohort already (409).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage its programme.</exception>
    public async Task<CoachView> AddCoachAsync(Guid cohortId, CoachProfile profile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var cohort = await access.RequireCohortManagerAsync(cohortId, cancellationToken);
        var invitations = await accounts.CohortInvitationsAsync([new CohortInvitee(profile.Email ?? string.Empty, profile.Name ?? string.Empty, CohortsRoles.Coach)], cohort.Cohort.Name, cancellationToken);
        var coach = await coaches.AddAsync(cohortId, profile, access.Email, invitations.WriteAsync, cancellationToken);
        invitations.LogMade();
        return new CoachView(coach.Id, coach.Name, coach.Email, coach.Capacity, [.. coach.Expertise]);
    }

    /// <summary>
    /// Adds a funder to a cohort that is not archived; a funder without an account is invited in the same transaction.
    /// </summary>
    /// <exception cref="DomainRuleException">No such cohort (404); the funder or its share is wrong or the cohort archived (400); the address is a funder's of the cohort already (409).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage its programme.</exception>
    public async Task<FunderView> AddFunderAsync(Guid cohortId, FunderShare funder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(funder);
        var cohort = await access.RequireCohortManagerAsync(cohortId, cancellationToken);
        var invitations = await accounts.CohortInvitationsAsync([new CohortInvitee(funder.Email ?? string.Empty, funder.Name ?? string.Empty, CohortsRoles.Funder)], cohort.Cohort.Name, cancellationToken);
        var added = await funders.AddAsync(cohortId, funder, access.Email, invitations.WriteAsync, cancellationToken);
        invitations.LogMade();
        return new FunderView(added.Id, added.Name, added.Share);
    }

    /// <summary>Launches a cohort (starts what is not started yet).</summary>
    /// <exception cref="DomainRuleException">No cohort has that id (404).</exception>
    /// <exception cref="AccessDeniedException">The user does not manage its programme.</exception>
    public async Task<CohortLaunch> LaunchAsync(Guid cohortId, CancellationToken cancellationToken = default)
    {
        await access.RequireCohortManagerAsync(cohortId, cancellationToken);
        return await launcher.LaunchAsync(cohortId, access.Email, cancellationToken);
    }
}
