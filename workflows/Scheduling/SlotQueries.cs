using System.Runtime.CompilerServices;
using Cohorts.Workflows.Domain;
using Cohorts.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cohorts.Workflows.Scheduling;

/// <summary>
/// The reads of <see cref="CoachSlots"/>, compiled once per model (<c>EF.CompileAsyncQuery</c>, as
/// <c>DomainQueries</c>): a placement runs three of them, and a year's simulation places about 1,200 sessions.
/// </summary>
internal sealed class SlotQueries
{
    // A compiled query binds to the model of its first execution: one set per model (host, simulations, tests).
    private static readonly ConditionalWeakTable<IModel, SlotQueries> ByModel = [];

    /// <summary>Gets how long a coaching session of the cohort's programme lasts (null: no such cohort).</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<TimeSpan?>> SessionLength { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid cohortId, CancellationToken _) =>
            db.Cohorts
                .Where(c => c.Id == cohortId)
                .Join(db.Programmes, c => c.ProgrammeId, p => p.Id, (c, p) => (TimeSpan?)p.SessionLength)
                .SingleOrDefault());

    /// <summary>
    /// Gets a coach's address, working days and hours with the session length of the cohort's programme, in one read
    /// (null without the coach).
    /// </summary>
    public Func<CohortsDbContext, Guid, Guid, CancellationToken, Task<SlotCoach?>> CoachAndLength { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid coachId, Guid cohortId, CancellationToken _) =>
            db.Coaches
                .Where(c => c.Id == coachId)
                .Select(c => new SlotCoach(
                    c.Email,
                    c.AvailableDays,
                    c.WorkStart,
                    c.WorkEnd,
                    db.Cohorts
                        .Where(h => h.Id == cohortId)
                        .Join(db.Programmes, h => h.ProgrammeId, p => p.Id, (h, p) => (TimeSpan?)p.SessionLength)
                        .FirstOrDefault()))
                .SingleOrDefault());

    /// <summary>Gets the companies of a coach in a cohort: ids and names.</summary>
    public Func<CohortsDbContext, Guid, Guid, IAsyncEnumerable<SlotCompany>> Companies { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid cohortId, Guid coachId) =>
            db.Companies.Where(c => c.CohortId == cohortId && c.CoachId == coachId).Select(c => new SlotCompany(c.Id, c.Name)));

    /// <summary>
    /// Gets what a person is busy with in a time range: the sessions of every coach record with their e-mail address
    /// (one per cohort they coach in), then their cohort's events, in one read (two index ranges, UNION ALL).
    /// </summary>
    public Func<CohortsDbContext, string, Guid, DateTimeOffset, DateTimeOffset, IAsyncEnumerable<BusyTime>> Busy { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, string email, Guid cohortId, DateTimeOffset earliest, DateTimeOffset latest) =>
            db.Coaches
                .Where(c => c.Email == email)
                .Join(db.Sessions, c => (Guid?)c.Id, s => s.CoachId, (c, s) => s)
                .Where(s => s.PlannedAt >= earliest && s.PlannedAt < latest)
                .Concat(db.Sessions.Where(s => s.CohortId == cohortId && s.CoachId == null && s.PlannedAt >= earliest && s.PlannedAt < latest))
                .Select(s => new BusyTime(s.PlannedAt, s.EndsAt)));

    /// <summary>The set for the context's model.</summary>
    public static SlotQueries For(CohortsDbContext db) => ByModel.GetValue(db.Model, _ => new SlotQueries());
}
