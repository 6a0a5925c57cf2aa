using System.Text;

namespace Cohorts.Host.Tests.Crash;

/// <summary>
/// What must hold after the crashes, restart and settling, checked on the database file and the clients' ledger:
/// nothing acknowledged is lost, nothing is doubled, no instance waits for a signal whose decision is recorded, no
/// domain row exists without the committed step that made it, every journey whose writes all went through is at its
/// end, and no retry after a lost answer was refused as "already" done.
/// </summary>
internal sealed class CrashChecks
{
    private const int ShownPerCategory = 40;

    private readonly DatabaseSnapshot _db;
    private readonly IReadOnlyCollection<WriteRecord> _writes;
    private readonly string _recorder;
    private readonly Dictionary<Guid, CompanyRow> _companies;
    private readonly Dictionary<Guid, InstanceRow> _instances;
    private readonly ILookup<Guid, BookmarkRow> _bookmarks;
    private readonly HashSet<(string Name, string Key)> _signalBookmarks;
    private readonly HashSet<Guid> _named = [];

    private CrashChecks(DatabaseSnapshot db, IReadOnlyCollection<WriteRecord> writes, string recorder)
    {
        _db = db;
        _writes = writes;
        _recorder = recorder;
        _companies = db.Companies.ToDictionary(c => c.Id);
        _instances = db.Instances.ToDictionary(i => i.Id);
        _bookmarks = db.Bookmarks.ToLookup(b => b.InstanceId);
        _signalBookmarks = [.. db.Bookmarks.Where(b => b.Kind == "Signal").Select(b => (b.Name, b.CorrelationKey ?? string.Empty))];
    }

    /// <summary>Gets the problems found, by category.</summary>
    public SortedDictionary<string, List<string>> Problems { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets what was counted, for the report.</summary>
    public List<string> Facts { get; } = [];

    public static CrashChecks Run(DatabaseSnapshot db, IReadOnlyCollection<WriteRecord> writes, string recorder)
    {
        var checks = new CrashChecks(db, writes, recorder);
        checks.Count();
        checks.Stranded();
        checks.RowsWithoutTheirStep();
        checks.AcknowledgedWritesPresentOnce();
        checks.Answers();
        checks.JourneysAtTheirEnd();
        checks.TimersScheduled();
        checks.TimersFiredOnce();
        return checks;
    }

    /// <summary>How many decisions are recorded in the domain while their instance still waits for their signal.</summary>
    public static int CountStranded(DatabaseSnapshot db)
    {
        var checks = new CrashChecks(db, [], string.Empty);
        checks.Stranded();
        return checks.Problems.Values.Sum(lines => lines.Count);
    }

    /// <summary>The report: counts, then every problem (the first few of each category), with the companies named.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        foreach (var fact in Facts)
        {
            text.AppendLine(fact);
        }

        foreach (var (category, lines) in Problems)
        {
            text.AppendLine().AppendLine($"{category}: {lines.Count}");
            foreach (var line in lines.Take(ShownPerCategory))
            {
                text.AppendLine($"  - {line}");
            }

            if (lines.Count > ShownPerCategory)
            {
                text.AppendLine($"  … and {lines.Count - ShownPerCategory} more");
            }
        }

        return text.ToString();
    }

    private void Count()
    {
        var byKind = _writes.GroupBy(w => w.Kind).OrderBy(g => g.Key);
        foreach (var kind in byKind)
        {
            var ends = string.Join(", ", kind.GroupBy(w => w.End).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}"));
            Facts.Add($"{kind.Key}: {kind.Count()} writes ({ends}); {kind.Count(w => w.LostAnswers > 0)} retried after a lost answer, {kind.Sum(w => w.Conflicts)} 409 conflicts retried, {kind.Sum(w => w.ServerErrors)} 5xx retried");
        }

        Facts.Add($"Database: {_db.Companies.Count} companies ({string.Join(", ", _db.Companies.GroupBy(c => c.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}), "
            + $"{_db.Sessions.Count} sessions ({_db.Sessions.Count(s => s.RecordedBy is not null)} recorded), {_db.Milestones.Count} milestones ({_db.Milestones.Count(m => m.FinalDecisions > 0)} decided), "
            + $"{_db.Instances.Count} instances ({string.Join(", ", _db.Instances.GroupBy(i => i.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}), "
            + $"{_db.Bookmarks.Count} bookmarks, {_db.Incidents.Count} open incidents");
    }

    /// <summary>A decision recorded in the domain while the instance still waits for the signal that carries it.</summary>
    private void Stranded()
    {
        const string Category = "STRANDED: the domain has the decision, the instance still waits for its signal";
        foreach (var company in _db.Companies.Where(c => c.Status != "Applied"))
        {
            if (_signalBookmarks.Contains(("screening-decided", $"company-{company.Id:D}")))
            {
                Add(Category, company.Id, $"status {company.Status}, but its instance still waits for screening-decided");
            }
        }

        foreach (var session in _db.Sessions.Where(s => s.RecordedBy is not null))
        {
            if (_signalBookmarks.Contains(("session-recorded", $"session-{session.Id:D}")))
            {
                Add(Category, session.Company, $"session '{session.Title}' {session.Id} has its outcome (by {session.RecordedBy}), but the instance still waits for session-recorded");
            }
        }

        foreach (var milestone in _db.Milestones.Where(m => m.FinalDecisions > 0))
        {
            if (_signalBookmarks.Contains(("milestone-decided", $"milestone-{milestone.Id:D}")))
            {
                Add(Category, milestone.CompanyId ?? Guid.Empty, $"milestone '{milestone.Name}' {milestone.Id} is decided ({string.Join(", ", milestone.Decisions)}), but the instance still waits for milestone-decided");
            }
        }
    }

    /// <summary>A session or milestone planned by a step the engine never committed (its instance's next execution id is not past the step's).</summary>
    private void RowsWithoutTheirStep()
    {
        const string Category = "ORPHAN: a domain row whose planning step was never committed";
        var unmatched = 0;
        var rows = _db.Sessions.Select(s => (What: $"session '{s.Title}' {s.Id}", s.PlanKey, Company: s.Company))
            .Concat(_db.Milestones.Select(m => (What: $"milestone '{m.Name}' {m.Id}", m.PlanKey, Company: m.CompanyId ?? Guid.Empty)));
        foreach (var (what, planKey, company) in rows)
        {
            if (CrashDatabase.ParsePlanKey(planKey) is not { } key)
            {
                unmatched++;
                continue;
            }

            if (!_instances.TryGetValue(key.InstanceId, out var instance))
            {
                Add(Category, company, $"{what} names instance {key.InstanceId}, which does not exist");
            }
            else if (instance.NextExecutionId is not { } next)
            {
                unmatched++;
            }
            else if (next <= key.ExecutionId)
            {
                Add(Category, company, $"{what} was planned by execution {key.ExecutionId}, but the instance's committed state has only reached execution {next - 1}");
            }
        }

        if (unmatched > 0)
        {
            Facts.Add($"{unmatched} planned rows could not be matched to their step (no plan key, or no nextExecutionId in the instance state).");
        }
    }

    /// <summary>Every acknowledged write is in the database, once; nothing is planned or decided twice.</summary>
    private void AcknowledgedWritesPresentOnce()
    {
        const string Lost = "LOST: acknowledged writes not in the database";
        const string Doubled = "DOUBLED: rows or decisions made twice";
        var sessions = _db.Sessions.ToDictionary(s => s.Id);
        var milestones = _db.Milestones.ToDictionary(m => m.Id);
        foreach (var write in _writes.Where(w => w.Acknowledged))
        {
            switch (write.Kind)
            {
                case WriteKind.Screening:
                    var status = _companies.TryGetValue(write.Id, out var company) ? company.Status : "(no company)";
                    var expected = write.Decision == "accepted" ? new[] { "Accepted", "Active", "Graduated" } : ["Rejected"];
                    if (!expected.Contains(status, StringComparer.Ordinal))
                    {
                        Add(Lost, write.Id, $"screening '{write.Decision}' acknowledged ({write.FinalStatus}), but the company is {status}");
                    }

                    break;
                case WriteKind.Outcome:
                    if (!sessions.TryGetValue(write.Id, out var session) || !string.Equals(session.RecordedBy, _recorder, StringComparison.OrdinalIgnoreCase))
                    {
                        Add(Lost, write.CompanyId, $"outcome of session {write.Id} acknowledged ({write.FinalStatus}), but the session {(session is null ? "is gone" : $"has recordedBy '{session.RecordedBy}'")}");
                    }

                    break;
                default:
                    if (!milestones.TryGetValue(write.Id, out var milestone) || milestone.FinalDecisions != 1)
                    {
                        Add(Lost, write.CompanyId, $"decision on milestone {write.Id} acknowledged ({write.FinalStatus}), but the milestone {(milestone is null ? "is gone" : $"has decisions [{string.Join(", ", milestone.Decisions)}]")}");
                    }

                    break;
            }
        }

        foreach (var group in _db.Sessions.GroupBy(s => (Company: s.Company, s.Title)).Where(g => g.Count() > 1))
        {
            Add(Doubled, group.Key.Company, $"{group.Count()} sessions '{group.Key.Title}' ({string.Join(", ", group.Select(s => s.PlanKey))})");
        }

        foreach (var group in _db.Milestones.GroupBy(m => (Company: m.CompanyId ?? Guid.Empty, m.Name)).Where(g => g.Count() > 1))
        {
            Add(Doubled, group.Key.Company, $"{group.Count()} milestones '{group.Key.Name}' ({string.Join(", ", group.Select(m => m.PlanKey))})");
        }

        foreach (var milestone in _db.Milestones.Where(m => m.Decisions.Count > 1))
        {
            Add(Doubled, milestone.CompanyId ?? Guid.Empty, $"milestone '{milestone.Name}' {milestone.Id} has {milestone.Decisions.Count} decisions [{string.Join(", ", milestone.Decisions)}] for one decision sent");
        }

        var sessionTitles = CrashSetup.SessionTitles.ToHashSet(StringComparer.Ordinal);
        foreach (var session in _db.Sessions.Where(s => !sessionTitles.Contains(s.Title)))
        {
            Add(Doubled, session.Company, $"unexpected session '{session.Title}' {session.Id}");
        }
    }

    /// <summary>The clients' answers: a write refused as done already, refused otherwise, or never answered.</summary>
    private void Answers()
    {
        foreach (var write in _writes.Where(w => w.End == WriteEnd.RefusedAsAlreadyDone))
        {
            var category = write.LostAnswers > 0
                ? "REFUSED AS ALREADY DONE (400) on a retry after a lost answer: must be the same 2xx, or a 409 naming the record"
                : write.Conflicts > 0
                    ? "REFUSED AS ALREADY DONE (400) on a retry after a 409 conflict: must be the same 2xx, or a 409 naming the record"
                    : "REFUSED AS ALREADY DONE (400) on a first answer";
            Add(category, write.CompanyId, $"{write}");
        }

        foreach (var write in _writes.Where(w => w.End is WriteEnd.Refused or WriteEnd.GaveUp or WriteEnd.Pending))
        {
            Add($"UNEXPECTED ANSWER ({write.End})", write.CompanyId, $"{write}");
        }

        foreach (var write in _writes.Where(w => w.End == WriteEnd.RecordedAlready))
        {
            Facts.Add($"409 on retry (accepted as recorded): {write}");
        }

        foreach (var incident in _db.Incidents)
        {
            Add("INCIDENTS: open incidents", incident.InstanceId, $"at {incident.ActivityId}: {incident.Message}");
        }
    }

    /// <summary>
    /// Every company whose screening went through (or was refused as done already) has an instance at its journey's
    /// end: a rejected one finished, an accepted one graduated once its two outcomes and its decision went through.
    /// </summary>
    private void JourneysAtTheirEnd()
    {
        const string Category = "NOT FINISHED: journeys whose writes all went through but whose instance is not at its end";
        var byCompany = _writes.Where(w => w.Kind != WriteKind.Screening).ToLookup(w => w.CompanyId);
        foreach (var screening in _writes.Where(w => w.Kind == WriteKind.Screening && w.MaybeWritten))
        {
            var id = screening.Id;
            if (_named.Contains(id))
            {
                continue; // named already, as stranded or refused
            }

            var instance = _instances.GetValueOrDefault(id);
            var company = _companies.GetValueOrDefault(id);
            if (screening.Decision == "rejected")
            {
                if (instance?.Status != "Completed" || company?.Status != "Rejected")
                {
                    Add(Category, id, $"rejected, but the instance is {instance?.Status ?? "missing"} and the company {company?.Status ?? "missing"}");
                }

                continue;
            }

            var later = byCompany[id].ToList();
            var complete = later.Count(w => w.Kind == WriteKind.Outcome && w.MaybeWritten) == CrashSetup.SessionTitles.Count
                && later.Count(w => w.Kind == WriteKind.Decision && w.MaybeWritten) == 1;
            if (!complete)
            {
                Add(Category, id, $"accepted, but only {later.Count(w => w.Kind == WriteKind.Outcome)} session(s) and {later.Count(w => w.Kind == WriteKind.Decision)} milestone(s) ever appeared to be written");
            }
            else if (instance?.Status != "Completed" || company?.Status != "Graduated")
            {
                Add(Category, id, $"every write went through, but the instance is {instance?.Status ?? "missing"} and the company {company?.Status ?? "missing"}");
            }
        }
    }

    /// <summary>Every timer the engine waits on has its Quartz trigger (after a lost scheduler file too: the reconciliation makes them again).</summary>
    private void TimersScheduled()
    {
        const string Category = "UNSCHEDULED: timer bookmarks without a trigger in the scheduler's file";
        var timers = _db.Bookmarks.Where(b => b.Kind == "Timer").ToList();
        if (_db.TimerTriggers is not { } triggers)
        {
            if (timers.Count > 0)
            {
                Add(Category, Guid.Empty, $"the scheduler's file has no trigger table, and {timers.Count} timers wait");
            }

            return;
        }

        foreach (var timer in timers.Where(t => !triggers.Contains(t.Id.ToString("N"))))
        {
            Add(Category, timer.InstanceId, $"timer {timer.Id} at {timer.ActivityId} has no trigger");
        }

        Facts.Add($"Scheduler: {triggers.Count} timer triggers for {timers.Count} timer bookmarks.");
    }

    /// <summary>Each cool-down timer resumed its instance once: never twice (two fires, two hosts), never zero times for a graduate.</summary>
    private void TimersFiredOnce()
    {
        foreach (var (instanceId, resumes) in _db.CoolDownResumes.Where(r => r.Value > 1))
        {
            Add("TIMER FIRED TWICE: the cool-down resumed its instance more than once", instanceId, $"{resumes} resumes");
        }

        foreach (var company in _db.Companies.Where(c => c.Status == "Graduated" && !_db.CoolDownResumes.ContainsKey(c.Id)))
        {
            Add("TIMER NEVER FIRED: graduated without its cool-down's resume", company.Id, "no resume of the cool-down in the execution log");
        }

        Facts.Add($"Timers: {_db.CoolDownResumes.Values.Sum()} cool-down resumes for {_db.CoolDownResumes.Count} instances.");
    }

    private void Add(string category, Guid companyId, string line)
    {
        _named.Add(companyId);
        line = $"{Describe(companyId)}: {line}";
        if (!Problems.TryGetValue(category, out var lines))
        {
            Problems[category] = lines = [];
        }

        lines.Add(line);
    }

    /// <summary>A company (= its instance) named for a message: name, id, status, instance status and what it waits for.</summary>
    private string Describe(Guid companyId)
    {
        var company = _companies.GetValueOrDefault(companyId);
        var instance = _instances.GetValueOrDefault(companyId);
        var waits = string.Join(", ", _bookmarks[companyId].Select(b => b.Kind == "Signal" ? $"{b.Name} {b.CorrelationKey}" : $"timer at {b.ActivityId}"));
        return $"{company?.Name ?? "?"} {companyId} [{company?.Status ?? "no company"}; instance {instance?.Status ?? "missing"}{(waits.Length > 0 ? $", waits for {waits}" : string.Empty)}]";
    }
}
