using System.Globalization;
using Cohorts.Engine.Definitions;
using Cohorts.Engine.Instances;
using Cohorts.Engine.Runtime;
using Cohorts.Engine.Time;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Kpis;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Simulation;

/// <summary>Reads a finished simulation back into a <see cref="SimulationResult"/>.</summary>
internal static class SimulationReport
{
    /// <summary>Gets the midnight after the cohort's last day, in the programme's zone.</summary>
    public static DateTimeOffset EndOfCohort(SimulationRequest request, TimeZoneInfo zone) =>
        ZonedTime.ToInstant(request.EndDate.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);

    public static async Task<SimulationCompletion> CompletionAsync(
        SimulationHost host,
        WorkflowRuntime runtime,
        CohortLaunch launch,
        IReadOnlyList<string> unanswered,
        CancellationToken cancellationToken)
    {
        var statuses = new List<WorkflowStatus>();
        var incidents = new List<string>(unanswered);
        var faults = new List<(bool Collective, Guid InstanceId, Incident Incident)>();
        DateTimeOffset? finishedAt = null;
        var allFinished = true;
        foreach (var id in launch.CompanyInstanceIds.Concat(launch.CohortInstanceId is { } c ? [c] : []))
        {
            var instance = await runtime.GetInstanceAsync(id, cancellationToken);
            statuses.Add(instance.Status);
            allFinished &= instance.FinishedAt is not null;
            finishedAt = instance.FinishedAt > finishedAt || finishedAt is null ? instance.FinishedAt : finishedAt;
            if (instance.Status == WorkflowStatus.Faulted)
            {
                foreach (var incident in await host.EngineStore.GetIncidentsAsync(id, cancellationToken))
                {
                    incidents.Add($"{instance.DefinitionId} {id}: {incident.ActivityId} ({incident.ActivityType}): {incident.Message}");
                    faults.Add((id == launch.CohortInstanceId, id, incident));
                }
            }
        }

        var companyStatuses = statuses.Take(launch.CompanyInstanceIds.Count).ToList();
        var companies = await host.Get<CohortQueries>().GetCompaniesAsync(launch.CohortId, [CompanyStatus.Graduated], cancellationToken);
        return new SimulationCompletion(
            launch.CompanyInstanceIds.Count,
            Completed: companyStatuses.Count(s => s == WorkflowStatus.Completed),
            Faulted: companyStatuses.Count(s => s == WorkflowStatus.Faulted),
            StillRunning: companyStatuses.Count(s => s is WorkflowStatus.Running or WorkflowStatus.Suspended),
            Graduated: companies.Count,
            CohortInstance: launch.CohortInstanceId is null ? null : statuses[^1],
            FinishedAt: allFinished ? finishedAt : null,
            Incidents: incidents)
        {
            Faults = Group(faults),
            Unanswered = [.. unanswered.Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>Groups incidents by journey kind, step and message, the most journeys first, then in order of appearance.</summary>
    private static List<SimulationFault> Group(List<(bool Collective, Guid InstanceId, Incident Incident)> faults) =>
        [.. faults
            .GroupBy(f => (f.Collective, f.Incident.ActivityId, f.Incident.ActivityType, f.Incident.Message))
            .Select(g => new SimulationFault(g.Key.Collective, g.Key.ActivityId, g.Key.ActivityType, g.Key.Message, g.Select(f => f.InstanceId).Distinct().Count()))
            .OrderByDescending(f => f.Journeys)];

    public static async Task<SimulationResult> BuildAsync(
        SimulationHost host,
        SimulationRequest request,
        TimeZoneInfo zone,
        Cohort cohort,
        IReadOnlyList<KeyValuePair<KpiKind, DateOnly>> reached,
        SimulationCompletion completion,
        int steps,
        CancellationToken cancellationToken)
    {
        var queries = host.Get<CohortQueries>();
        var companies = await queries.GetCompaniesAsync(cohort.Id, cancellationToken: cancellationToken);
        var coaches = await queries.GetCoachesAsync(cohort.Id, cancellationToken);
        var sessions = await queries.GetSessionsAsync(cohort.Id, cancellationToken: cancellationToken);
        var milestones = await queries.GetMilestonesAsync(cohort.Id, cancellationToken);

        // The final status is read at the cohort's end (or later, if the simulation ran past it).
        var now = host.Clock.GetUtcNow();
        var end = EndOfCohort(request, zone);
        var report = ProgressCalculator.Compute(new ProgressSnapshot(cohort, request.Programme, companies, sessions, milestones, now > end ? now : end));
        var reachedOn = reached.ToDictionary(r => r.Key, r => r.Value);
        List<TargetForecast> targets = [.. report.Kpis
            .Where(k => k.Target is not null)
            .Select(k => new TargetForecast(k.Kpi, k.Target!.Value, reachedOn.TryGetValue(k.Kpi, out var day) ? day : null, k.Current, k.Status))];

        var companyNames = companies.ToDictionary(c => c.Id, c => c.Name);
        var coachNames = coaches.ToDictionary(c => c.Id, c => c.Name);
        var hosts = await HostsAsync(host, sessions, cancellationToken);
        return new SimulationResult(
            request.Programme.Id,
            request.StartDate,
            request.EndDate,
            request.Companies,
            request.Coaches,
            Calendar(sessions, milestones, zone, companyNames, coachNames, hosts),
            CoachLoads(sessions, zone, coachNames),
            targets,
            report.Totals,
            completion,
            steps)
        {
            Warnings = SimulationWarnings.Find(request.Programme, end, coaches, companies, sessions, milestones, await EventCalendarAsync(host, request.Programme, cancellationToken), zone),
        };
    }

    /// <summary>Gets the calendar events are planned by: the cohort-wide definition's, else the company journey's.</summary>
    private static async Task<BusinessCalendar?> EventCalendarAsync(SimulationHost host, Programme programme, CancellationToken cancellationToken)
    {
        var catalog = host.Get<WorkflowDefinitionCatalog>();
        return (await catalog.GetLatestAsync(programme.CohortDefinitionId ?? programme.DefinitionId, cancellationToken)).Calendar;
    }

    /// <summary>Gets the names of the organisations hosting each event (EventOrganisations), joined by commas.</summary>
    private static async Task<Dictionary<Guid, string>> HostsAsync(SimulationHost host, IReadOnlyList<Session> sessions, CancellationToken cancellationToken)
    {
        var ids = sessions.Where(s => s.CoachId is null).Select(s => s.Id).ToList();
        var rows = await host.Get<CohortsStore>().ReadAsync(
            db => db.EventOrganisations.AsNoTracking()
                .Where(e => ids.Contains(e.SessionId) && e.Role == Organisations.EventOrganisationRole.Host)
                .Join(db.Organisations, e => e.OrganisationId, o => o.Id, (e, o) => new { e.SessionId, o.Name })
                .ToListAsync(cancellationToken),
            cancellationToken);
        return rows.GroupBy(r => r.SessionId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(r => r.Name).Order(StringComparer.Ordinal)));
    }

    private static List<CalendarEntry> Calendar(
        IReadOnlyList<Session> sessions,
        IReadOnlyList<Milestone> milestones,
        TimeZoneInfo zone,
        IReadOnlyDictionary<Guid, string> companies,
        IReadOnlyDictionary<Guid, string> coaches,
        IReadOnlyDictionary<Guid, string> hosts)
    {
        var entries = sessions.Select(s => new CalendarEntry(
            TimeZoneInfo.ConvertTime(s.PlannedAt, zone),
            s.Kind.ToString(),
            s.Title,
            s.CoachId is { } coachId ? coaches.GetValueOrDefault(coachId) : null,
            s.Kind == SessionKind.Coaching && s.CompanyIds.Count == 1 ? companies.GetValueOrDefault(s.CompanyIds[0]) : null,
            s.Organiser,
            s.Location,
            s.CompanyIds.Count,
            s.ExpectedVisitors,
            null)
        {
            EndsAt = TimeZoneInfo.ConvertTime(s.EndsAt, zone),
            Host = hosts.GetValueOrDefault(s.Id),
        });
        var reviews = milestones.Select(m => new CalendarEntry(
            TimeZoneInfo.ConvertTime(m.DueAt, zone),
            "Milestone",
            m.Name,
            null,
            m.CompanyId is { } companyId ? companies.GetValueOrDefault(companyId) : null,
            null,
            null,
            null,
            null,
            m.Reviewer));
        return [.. entries.Concat(reviews)
            .OrderBy(e => e.At)
            .ThenBy(e => e.Kind, StringComparer.Ordinal)
            .ThenBy(e => e.Title, StringComparer.Ordinal)
            .ThenBy(e => e.Company, StringComparer.Ordinal)
            .ThenBy(e => e.Coach, StringComparer.Ordinal)];
    }

    private static List<CoachMonthLoad> CoachLoads(IReadOnlyList<Session> sessions, TimeZoneInfo zone, IReadOnlyDictionary<Guid, string> coaches) =>
        [.. sessions
            .Where(s => s is { Kind: SessionKind.Coaching, CoachId: not null })
            .GroupBy(s => (Coach: coaches.GetValueOrDefault(s.CoachId!.Value, s.CoachId.Value.ToString()), Month: TimeZoneInfo.ConvertTime(s.PlannedAt, zone).ToString("yyyy-MM", CultureInfo.InvariantCulture)))
            .OrderBy(g => g.Key.Coach, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Month, StringComparer.Ordinal)
            .Select(g => new CoachMonthLoad(g.Key.Coach, g.Key.Month, g.Count(), g.SelectMany(s => s.CompanyIds).Distinct().Count()))];
}
