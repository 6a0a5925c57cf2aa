using System.Runtime.CompilerServices;
using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cohorts.Workflows.Persistence;

/// <summary>
/// The domain's hot lookups, compiled once per model (<c>EF.CompileAsyncQuery</c>):
/// a LINQ query pays EF's parameter extraction and query-cache lookup on every execution (120 to 190 µs here, against
/// about 33 µs compiled), and a year's simulation runs them thousands of times (docs/PERFORMANCE.md, The simulation).
/// </summary>
internal sealed class DomainQueries
{
    // A compiled query binds to the model of its first execution; a process may hold several models (the host's, a
    // simulation's, a test's), so each model gets its own set.
    private static readonly ConditionalWeakTable<IModel, DomainQueries> ByModel = [];

    private readonly string _writeOutcomeSql;
    private readonly ValueConverter _outcomeConverter;

    private DomainQueries(IModel model)
    {
        // The statement's names and the outcome's JSON come from the model, as EF itself would write them.
        var sessions = model.FindEntityType(typeof(Session)) ?? throw new InvalidOperationException("Session is not in the model.");
        var table = StoreObjectIdentifier.Table(sessions.GetTableName()!, sessions.GetSchema());
        var outcome = sessions.FindProperty(nameof(Session.Outcome))!;
        var id = sessions.FindProperty(nameof(Session.Id))!;
        _outcomeConverter = outcome.GetTypeMapping().Converter
            ?? throw new InvalidOperationException("Session.Outcome is stored through a JSON converter.");
        _writeOutcomeSql = $"UPDATE \"{table.Name}\" SET \"{outcome.GetColumnName(table)}\" = {{0}} WHERE \"{id.GetColumnName(table)}\" = {{1}}";
    }

    /// <summary>Finds the session a workflow step planned (tracked), by its plan key.</summary>
    public Func<CohortsDbContext, string, CancellationToken, Task<Session?>> SessionByPlanKey { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, string planKey, CancellationToken _) => db.Sessions.SingleOrDefault(s => s.PlanKey == planKey));

    /// <summary>Finds a session (tracked), by id.</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<Session?>> SessionById { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Sessions.SingleOrDefault(s => s.Id == id));

    /// <summary>Reads a session (not tracked), by id.</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<Session?>> SessionByIdNoTracking { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Sessions.AsNoTracking().SingleOrDefault(s => s.Id == id));

    /// <summary>Finds the milestone a workflow step planned (tracked), by its plan key.</summary>
    public Func<CohortsDbContext, string, CancellationToken, Task<Milestone?>> MilestoneByPlanKey { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, string planKey, CancellationToken _) => db.Milestones.SingleOrDefault(m => m.PlanKey == planKey));

    /// <summary>Finds a milestone (tracked), by id.</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<Milestone?>> MilestoneById { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Milestones.SingleOrDefault(m => m.Id == id));

    /// <summary>Reads a milestone (not tracked), by id.</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<Milestone?>> MilestoneByIdNoTracking { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Milestones.AsNoTracking().SingleOrDefault(m => m.Id == id));

    /// <summary>Reads a company (not tracked), by id.</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<Company?>> CompanyByIdNoTracking { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Companies.AsNoTracking().SingleOrDefault(c => c.Id == id));

    /// <summary>Reads what a coaching session is planned from (the company, and whether its plan key is taken), or null without the company.</summary>
    public Func<CohortsDbContext, Guid, string, CancellationToken, Task<SessionPlanningRow?>> SessionPlanning { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid companyId, string planKey, CancellationToken _) => db.Companies
            .Where(c => c.Id == companyId)
            .Select(c => new SessionPlanningRow(c.CohortId, c.CoachId, c.Name, db.Sessions.Any(s => s.PlanKey == planKey)))
            .SingleOrDefault());

    /// <summary>Whether a coach exists.</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<bool>> CoachExists { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Coaches.Any(c => c.Id == id));

    /// <summary>Whether a cohort exists.</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<bool>> CohortExists { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Cohorts.Any(c => c.Id == id));

    /// <summary>Gets the compiled queries for a context's model.</summary>
    public static DomainQueries For(CohortsDbContext db) => ByModel.GetValue(db.Model, model => new DomainQueries(model));

    /// <summary>
    /// Writes a session's recorded outcome with one UPDATE of its column, without change tracking or LINQ translation
    /// (a recorded outcome per session: thousands in a simulated year).
    /// </summary>
    public Task<int> WriteOutcomeAsync(CohortsDbContext db, Session session, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(_writeOutcomeSql, [_outcomeConverter.ConvertToProvider(session.Outcome)!, session.Id], cancellationToken);
}
