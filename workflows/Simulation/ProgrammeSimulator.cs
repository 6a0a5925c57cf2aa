using Cohorts.Engine.Time;
using Cohorts.Workflows.Services;

namespace Cohorts.Workflows.Simulation;

/// <summary>
/// Previews a cohort before it is launched: runs the programme's real workflows for a start date and a number of
/// companies and coaches, in a private world (<see cref="SimulationHost"/>: in-memory engine store, private in-memory
/// SQLite, a simulated clock), with everything going to plan: every company accepted at screening, every session's
/// outcome recorded at its planned time with everyone present (and the expected visitors counted), every milestone
/// passed when due. The clock jumps from one due thing to the next, so a year runs in seconds (docs/PERFORMANCE.md).
/// </summary>
public static class ProgrammeSimulator
{
    /// <summary>The local time the cohort is launched on its first day (its workflows start at 09:00).</summary>
    internal static readonly TimeOnly LaunchTime = new(8, 0);

    /// <summary>Simulates a cohort.</summary>
    /// <exception cref="ArgumentException">The programme's time zone is unknown, or a definition's id is not the programme's.</exception>
    /// <exception cref="Engine.Exceptions.InvalidDefinitionException">A definition document has problems (all listed).</exception>
    public static async Task<SimulationResult> SimulateAsync(SimulationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var zone = ZonedTime.FindZone(request.Programme.TimeZoneId)
            ?? throw new ArgumentException($"Programme '{request.Programme.Id}' has an unknown time zone '{request.Programme.TimeZoneId}'.", nameof(request));
        var launchAt = ZonedTime.ToInstant(request.StartDate.ToDateTime(LaunchTime), zone);
        await using var host = await SimulationHost.CreateAsync(launchAt, cancellationToken);
        var run = new SimulationRun(host, request, zone);
        return await run.RunAsync(cancellationToken);
    }

    /// <summary>Makes up the cohort plan: synthetic companies and coaches, and the programme's funder if it has one.</summary>
    internal static CohortPlan Plan(SimulationRequest request)
    {
        var programme = request.Programme;
        IReadOnlyList<FunderShare>? funders = programme.FunderName is { } funder
            ? [new FunderShare(funder, "financeur@example.fr", programme.CofundingShare is > 0 and <= 1 ? programme.CofundingShare.Value : 1m)]
            : null;
        return new CohortPlan(
            programme.Id,
            $"Simulation {programme.Name}",
            request.StartDate,
            request.EndDate,
            request.CompanyApplications ?? SyntheticCohort.Companies(request.Companies),
            request.CoachProfiles ?? SyntheticCohort.Coaches(request.Coaches, request.Companies),
            funders);
    }
}
