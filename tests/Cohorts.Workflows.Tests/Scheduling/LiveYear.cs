using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Cohorts.Workflows.Services;
using Cohorts.Workflows.Templates;
using Cohorts.Workflows.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cohorts.Workflows.Tests.Scheduling;

/// <summary>
/// Runs a cohort live on the harness (real SQLite file, fake clock) through its year, every human step answered on time
/// through the domain's services, in an order unlike the preview's: outcomes recorded latest first, one at a time.
/// </summary>
internal static class LiveYear
{
    public sealed record PlannedSession(string Title, string? Company, string? Coach, DateTimeOffset At, DateTimeOffset EndsAt);

    public static async Task<IReadOnlyList<PlannedSession>> RunAsync(WorkflowsHarness harness, ProgrammeTemplate template, DateOnly start, IReadOnlyList<CompanyApplication> companies, IReadOnlyList<CoachProfile> coaches)
    {
        await harness.Catalog.PublishJsonAsync(template.CompanyWorkflowJson);
        await harness.Catalog.PublishJsonAsync(template.CohortWorkflowJson!);
        await harness.Programmes.AddAsync(template.Programme);

        // Launched at 08:00 on its first day, as the preview launches it.
        var zone = WorkflowsHarness.Paris;
        harness.Clock.SetUtcNow(Engine.Time.ZonedTime.ToInstant(start.ToDateTime(new TimeOnly(8, 0)), zone));
        var end = start.AddMonths(template.Programme.DurationMonths).AddDays(-1);
        var plan = new CohortPlan(template.Programme.Id, "Live", start, end, companies, coaches, [new FunderShare("Département", "funder@example.fr", 0.5m)]);
        var launch = await harness.Launcher.CreateAndLaunchAsync(plan);
        var cohortId = launch.CohortId;
        var funderId = (await harness.CohortQueries.GetFundersAsync(cohortId)).Single().Id;
        var horizon = harness.Clock.GetUtcNow().AddYears(2);
        var decided = new HashSet<Guid>();
        for (var steps = 0; steps < 20_000; steps++)
        {
            var now = harness.Clock.GetUtcNow();
            await using (var db = await harness.OpenDbAsync())
            {
                foreach (var companyId in await db.Companies.Where(c => c.CohortId == cohortId && c.Status == CompanyStatus.Applied).OrderBy(c => c.Name).Select(c => c.Id).ToListAsync())
                {
                    await harness.Screening.DecideAsync(companyId, ScreeningDecision.Accepted, null);
                }

                var due = (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Outcome == null).ToListAsync()).Where(s => s.PlannedAt <= now).OrderByDescending(s => s.PlannedAt).ToList();
                foreach (var session in due)
                {
                    await harness.Sessions.RecordOutcomeAsync(new SessionOutcomeReport(
                        session.Id, session.CoachId, "Live", [.. session.CompanyIds.Select(id => new Attendance(id, Present: true))], Visitors: session.ExpectedVisitors));
                }

                var milestones = (await db.Milestones.AsNoTracking().Where(m => m.CohortId == cohortId).ToListAsync()).Where(m => m.DueAt <= now && m.FinalDecision == null && decided.Add(m.Id)).ToList();
                foreach (var milestone in milestones)
                {
                    await harness.Milestones.DecideAsync(new MilestoneVerdict(milestone.Id, milestone.Reviewer, MilestoneOutcome.Passed) { FunderId = milestone.Reviewer == ReviewerRole.Funder ? funderId : null });
                }
            }

            await harness.Runtime.TriggerDueTimersAsync();
            DateTimeOffset? next = await harness.Runtime.GetNextTimerDueAtAsync();
            await using (var db = await harness.OpenDbAsync())
            {
                var sessions = (await db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.Outcome == null).Select(s => s.PlannedAt).ToListAsync()).Where(t => t > now);
                var reviews = (await db.Milestones.AsNoTracking().Where(m => m.CohortId == cohortId).ToListAsync()).Where(m => m.FinalDecision == null && m.DueAt > now).Select(m => m.DueAt);
                next = sessions.Concat(reviews).Concat(next is { } n ? [n] : []).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
            }

            if (next == DateTimeOffset.MaxValue || next > horizon)
            {
                break;
            }

            if (next > now)
            {
                harness.Clock.SetUtcNow(next.Value);
            }
        }

        await using var read = await harness.OpenDbAsync();
        var names = await read.Companies.Where(c => c.CohortId == cohortId).ToDictionaryAsync(c => c.Id, c => c.Name);
        var coachNames = await read.Coaches.Where(c => c.CohortId == cohortId).ToDictionaryAsync(c => c.Id, c => c.Name);
        var all = await read.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).ToListAsync();
        return [.. all.Select(s => new PlannedSession(
            s.Title,
            s.Kind == SessionKind.Coaching && s.CompanyIds.Count == 1 ? names[s.CompanyIds[0]] : null,
            s.CoachId is { } coachId ? coachNames[coachId] : null,
            s.PlannedAt,
            s.EndsAt))];
    }
}
