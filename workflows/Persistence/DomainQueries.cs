using System.Runtime.CompilerServices;
using Cohorts.Workflows.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

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

    private readonly ModelStatement _writeOutcome;
    private readonly ModelStatement _deletePendingSignal;
    private readonly PlainInsert _insertSession;
    private readonly PlainInsert _insertMilestone;

    private DomainQueries(IModel model)
    {
        // The statement's names and the outcome's JSON come from the model, as EF itself would write them.
        var sessions = model.FindEntityType(typeof(Session)) ?? throw new InvalidOperationException("Session is not in the model.");
        var table = StoreObjectIdentifier.Table(sessions.GetTableName()!, sessions.GetSchema());
        var outcome = sessions.FindProperty(nameof(Session.Outcome))!;
        var id = sessions.FindProperty(nameof(Session.Id))!;
        _writeOutcome = new ModelStatement(
            $"UPDATE \"{table.Name}\" SET \"{outcome.GetColumnName(table)}\" = {ModelStatement.Parameter(0)} WHERE \"{id.GetColumnName(table)}\" = {ModelStatement.Parameter(1)}",
            [(outcome.GetRelationalTypeMapping(), true), (id.GetRelationalTypeMapping(), false)]);
        var signals = model.FindEntityType(typeof(Outbox.PendingSignal)) ?? throw new InvalidOperationException("PendingSignal is not in the model.");
        var signalsTable = StoreObjectIdentifier.Table(signals.GetTableName()!, signals.GetSchema());
        var signalId = signals.FindPrimaryKey()!.Properties.Single();
        _deletePendingSignal = new ModelStatement(
            $"DELETE FROM \"{signalsTable.Name}\" WHERE \"{signalId.GetColumnName(signalsTable)}\" = {ModelStatement.Parameter(0)}",
            [(signalId.GetRelationalTypeMapping(), false)]);
        _insertSession = new PlainInsert(sessions);
        _insertMilestone = new PlainInsert(model.FindEntityType(typeof(Milestone)) ?? throw new InvalidOperationException("Milestone is not in the model."));
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

    /// <summary>Reads a signal the outbox owes (not tracked), by id: every decision delivered through the outbox reads its row.</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<Outbox.PendingSignal?>> PendingSignalByIdNoTracking { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.PendingSignals.AsNoTracking().SingleOrDefault(s => s.Id == id));

    /// <summary>Reads a company (not tracked), by id.</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<Company?>> CompanyByIdNoTracking { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Companies.AsNoTracking().SingleOrDefault(c => c.Id == id));

    /// <summary>Finds a company (tracked), by id.</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<Company?>> CompanyById { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Companies.SingleOrDefault(c => c.Id == id));

    /// <summary>Reads a cohort (not tracked), by id.</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<Cohort?>> CohortByIdNoTracking { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Cohorts.AsNoTracking().SingleOrDefault(c => c.Id == id));

    /// <summary>Reads a programme's time zone, by the programme's id (null without the programme).</summary>
    public Func<CohortsDbContext, string, CancellationToken, Task<string?>> ProgrammeTimeZone { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, string id, CancellationToken _) => db.Programmes.Where(p => p.Id == id).Select(p => p.TimeZoneId).SingleOrDefault());

    /// <summary>Lists a cohort's coaches (not tracked).</summary>
    public Func<CohortsDbContext, Guid, IAsyncEnumerable<Coach>> CohortCoaches { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid cohortId) => db.Coaches.AsNoTracking().Where(c => c.CohortId == cohortId));

    /// <summary>Reads a coach's e-mail address (null without the coach).</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<string?>> CoachEmail { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid id, CancellationToken _) => db.Coaches.Where(c => c.Id == id).Select(c => c.Email).SingleOrDefault());

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

    /// <summary>Lists a cohort's sessions planned by an instant whose outcome is not recorded, in time order (not tracked).</summary>
    public Func<CohortsDbContext, Guid, DateTimeOffset, IAsyncEnumerable<Session>> SessionsDue { get; } =
        EF.CompileAsyncQuery<CohortsDbContext, Guid, DateTimeOffset, Session>((CohortsDbContext db, Guid cohortId, DateTimeOffset now) => db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == cohortId && s.PlannedAt <= now && s.Outcome == null && s.CancelledAt == null)
            .OrderBy(s => s.PlannedAt));

    /// <summary>Counts a cohort's milestones, planned by now.</summary>
    public Func<CohortsDbContext, Guid, CancellationToken, Task<int>> MilestoneCount { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid cohortId, CancellationToken _) => db.Milestones.Count(m => m.CohortId == cohortId));

    /// <summary>Lists a cohort's milestones due in (after, until], in due order (not tracked).</summary>
    public Func<CohortsDbContext, Guid, DateTimeOffset, DateTimeOffset, IAsyncEnumerable<Milestone>> MilestonesDue { get; } =
        EF.CompileAsyncQuery<CohortsDbContext, Guid, DateTimeOffset, DateTimeOffset, Milestone>((CohortsDbContext db, Guid cohortId, DateTimeOffset after, DateTimeOffset until) => db.Milestones.AsNoTracking()
            .Where(m => m.CohortId == cohortId && m.DueAt > after && m.DueAt <= until)
            .OrderBy(m => m.DueAt));

    /// <summary>Lists the ids of a cohort's companies in a status, by name.</summary>
    public Func<CohortsDbContext, Guid, CompanyStatus, IAsyncEnumerable<Guid>> CompanyIdsByStatus { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid cohortId, CompanyStatus status) => db.Companies
            .Where(c => c.CohortId == cohortId && c.Status == status)
            .OrderBy(c => c.Name)
            .Select(c => c.Id));

    /// <summary>Lists a cohort's companies (not tracked).</summary>
    public Func<CohortsDbContext, Guid, IAsyncEnumerable<Company>> CohortCompanies { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid cohortId) => db.Companies.AsNoTracking().Where(c => c.CohortId == cohortId));

    /// <summary>Counts a cohort's companies by status, in status order (from the index on cohort and status, no company read).</summary>
    public Func<CohortsDbContext, Guid, IAsyncEnumerable<StatusCountRow>> CompanyStatusCounts { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid cohortId) => db.Companies
            .Where(c => c.CohortId == cohortId)
            .GroupBy(c => c.Status)
            .OrderBy(g => g.Key)
            .Select(g => new StatusCountRow(g.Key, g.Count())));

    /// <summary>Gets the planned time of a cohort's first session after an instant, if any.</summary>
    public Func<CohortsDbContext, Guid, DateTimeOffset, CancellationToken, Task<DateTimeOffset?>> NextSessionAt { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid cohortId, DateTimeOffset after, CancellationToken _) => db.Sessions
            .Where(s => s.CohortId == cohortId && s.PlannedAt > after)
            .OrderBy(s => s.PlannedAt)
            .Select(s => (DateTimeOffset?)s.PlannedAt)
            .FirstOrDefault());

    /// <summary>Gets the due date of a cohort's first milestone after an instant, if any.</summary>
    public Func<CohortsDbContext, Guid, DateTimeOffset, CancellationToken, Task<DateTimeOffset?>> NextMilestoneAt { get; } =
        EF.CompileAsyncQuery((CohortsDbContext db, Guid cohortId, DateTimeOffset after, CancellationToken _) => db.Milestones
            .Where(m => m.CohortId == cohortId && m.DueAt > after)
            .OrderBy(m => m.DueAt)
            .Select(m => (DateTimeOffset?)m.DueAt)
            .FirstOrDefault());

    /// <summary>Gets the compiled queries for a context's model.</summary>
    public static DomainQueries For(CohortsDbContext db) => ByModel.GetValue(db.Model, model => new DomainQueries(model));

    /// <summary>
    /// Inserts a new session with one INSERT of every column, without change tracking: a session planned per coaching
    /// session, over a thousand in a simulated year, where the tracked insert (snapshots of its JSON columns, a command
    /// built per entity) was the largest single cost of planning one. Runs in the context's current transaction.
    /// </summary>
    public Task InsertSessionAsync(CohortsDbContext db, Session session, CancellationToken cancellationToken) =>
        _insertSession.ExecuteAsync(db, session, cancellationToken);

    /// <summary>Inserts a new milestone, not decided yet, as <see cref="InsertSessionAsync"/> inserts a session.</summary>
    /// <exception cref="InvalidOperationException">The milestone has decisions already (save those through SaveChanges).</exception>
    public Task InsertMilestoneAsync(CohortsDbContext db, Milestone milestone, CancellationToken cancellationToken) =>
        _insertMilestone.ExecuteAsync(db, milestone, cancellationToken);

    /// <summary>
    /// Writes a session's recorded outcome with one UPDATE of its column, without change tracking or LINQ translation
    /// (a recorded outcome per session: thousands in a simulated year).
    /// </summary>
    public Task<int> WriteOutcomeAsync(CohortsDbContext db, Session session, CancellationToken cancellationToken) =>
        _writeOutcome.ExecuteAsync(db, [session.Outcome, session.Id], cancellationToken);

    /// <summary>
    /// Deletes a signal the outbox owed, by its row's id, with one DELETE (every decision delivered through the outbox
    /// deletes its row: LINQ's <c>ExecuteDeleteAsync</c> paid its query translation each time).
    /// </summary>
    /// <returns>The rows deleted (0 when another delivery deleted it first).</returns>
    public Task<int> DeletePendingSignalAsync(CohortsDbContext db, Guid id, CancellationToken cancellationToken) =>
        _deletePendingSignal.ExecuteAsync(db, [id], cancellationToken);

    /// <summary>
    /// One INSERT of a new entity's row with its values as SaveChanges writes them: every column through its type
    /// mapping (Guids as upper-case text, instants as UTC ticks, enums as strings, JSON columns through their
    /// converters), and each complex collection mapped to a JSON column written empty, as a new entity has it.
    /// </summary>
    private sealed class PlainInsert
    {
        private readonly IEntityType _entity;
        private readonly ModelStatement _statement;
        private readonly IProperty[] _columns;
        private readonly IComplexProperty[] _emptyCollections;

        public PlainInsert(IEntityType entity)
        {
            if (entity.GetNavigations().Any(n => n.ForeignKey.IsOwnership) || entity.GetComplexProperties().Any(c => !c.IsCollection || !c.ComplexType.IsMappedToJson()))
            {
                throw new InvalidOperationException($"{entity.DisplayName()}: a plain INSERT writes columns and JSON collections only; map the new owned or complex value here too.");
            }

            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            _entity = entity;
            _columns = [.. entity.GetProperties()];
            _emptyCollections = [.. entity.GetComplexProperties()];
            var names = _columns.Select(p => p.GetColumnName(table)).Concat(_emptyCollections.Select(c => c.ComplexType.GetContainerColumnName()));
            var values = _columns.Select((_, i) => ModelStatement.Parameter(i)).Concat(_emptyCollections.Select(_ => "'[]'"));
            _statement = new ModelStatement(
                $"INSERT INTO \"{table.Name}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", values)})",
                [.. _columns.Select(p => (p.GetRelationalTypeMapping(), p.IsNullable))]);
        }

        public async Task ExecuteAsync(CohortsDbContext db, object entity, CancellationToken cancellationToken)
        {
            foreach (var collection in _emptyCollections)
            {
                if (collection.GetGetter().GetClrValue(entity) is System.Collections.ICollection { Count: > 0 })
                {
                    throw new InvalidOperationException($"This {_entity.DisplayName()} has {collection.Name} already: save it through SaveChanges.");
                }
            }

            // Each value as the model holds it: its column's mapping converts it, as SaveChanges would.
            var values = new object?[_columns.Length];
            for (var i = 0; i < _columns.Length; i++)
            {
                values[i] = _columns[i].GetGetter().GetClrValue(entity);
            }

            await _statement.ExecuteAsync(db, values, cancellationToken);
        }
    }
}
